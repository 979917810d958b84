import { defineOperation } from "@/lib/api/operation";
import { clientIp } from "@/lib/client-ip";
import { ANONYMOUS_SKILL_SEARCHES, assertUnderLimit, recordHit } from "@/lib/rate-limit";
import { skillSearchQuerySchema, skillSearchResultSchema } from "./schemas";
import { searchSkills } from "./search-skills";

// The taxonomy is public (the /hire pages list it), and a visitor starting a request on /start picks
// skills before they have an account: anyone may search, visitors who are not signed in per address.
export const searchSkillsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/skills",
  summary: 'Type-ahead over the skill taxonomy, names and synonyms ("k8s" finds Kubernetes)',
  tag: "Skills",
  access: "public",
  input: { query: skillSearchQuerySchema },
  output: { status: 200, description: "Up to 10 skills, best match first.", schema: skillSearchResultSchema },
  errors: [422, 429],
  handler: async ({ query, user, request }) => {
    if (!user) {
      const ip = clientIp(request.headers);
      await assertUnderLimit(ANONYMOUS_SKILL_SEARCHES, ip, "Too many searches from your network. Try again in {minutes}.");
      await recordHit(ANONYMOUS_SKILL_SEARCHES, ip);
    }
    return { skills: await searchSkills({ query: query.q }) };
  },
});
