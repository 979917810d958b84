import { defineOperation } from "@/lib/api/operation";
import { skillSearchQuerySchema, skillSearchResultSchema } from "./schemas";
import { searchSkills } from "./search-skills";

export const searchSkillsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/skills",
  summary: 'Type-ahead over the skill taxonomy, names and synonyms ("k8s" finds Kubernetes)',
  tag: "Skills",
  access: "user",
  input: { query: skillSearchQuerySchema },
  output: { status: 200, description: "Up to 10 skills, best match first.", schema: skillSearchResultSchema },
  errors: [422],
  handler: async ({ query }) => ({ skills: await searchSkills({ query: query.q }) }),
});
