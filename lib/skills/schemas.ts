import { z } from "zod";

export const SKILL_SEARCH_LIMIT = 10;

export const skillSearchQuerySchema = z.object({
  q: z.string({ error: "Type part of a skill's name." }).trim().min(1, "Type part of a skill's name.").max(50, "Search with at most 50 characters."),
});

export type SkillSearchQuery = z.infer<typeof skillSearchQuerySchema>;

export const skillSuggestionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    category: z.string(),
    /** The synonym the query matched, when it matched a synonym rather than the name ("k8s" for Kubernetes). */
    matchedAlias: z.string().optional(),
  })
  .meta({ id: "SkillSuggestion" });

export const skillSearchResultSchema = z.object({ skills: z.array(skillSuggestionSchema) }).meta({ id: "SkillSearchResult" });

export type SkillSuggestion = z.infer<typeof skillSuggestionSchema>;
