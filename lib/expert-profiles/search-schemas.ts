import { z } from "zod";
import { searchPageSchema, searchTextSchema } from "@/lib/search/schemas";

export const expertSearchQuerySchema = z.strictObject({ q: searchTextSchema, page: searchPageSchema });
export type ExpertSearchQuery = z.output<typeof expertSearchQuerySchema>;

export const expertSearchResultSchema = z
  .object({
    experts: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        headline: z.string(),
        skills: z.array(z.string()).meta({ description: "Up to five, most years first." }),
        href: z.string().meta({ description: "The full profile for experts you work with, else the public profile page." }),
      }),
    ),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    message: z.string().nullable().meta({ description: "Why there are no results, in words to show." }),
  })
  .meta({ id: "ExpertSearchResult" });
