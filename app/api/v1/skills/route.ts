import { apiRoute } from "@/lib/api/route";
import { skillSearchQuerySchema } from "@/lib/skills/schemas";
import { searchSkills } from "@/lib/skills/search-skills";

export const GET = apiRoute({ access: "user", query: skillSearchQuerySchema }, async ({ query }) => ({
  skills: await searchSkills({ query: query.q }),
}));
