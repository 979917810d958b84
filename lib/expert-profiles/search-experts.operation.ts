import { defineOperation } from "@/lib/api/operation";
import { searchExperts } from "./search-experts";
import { expertSearchQuerySchema, expertSearchResultSchema } from "./search-schemas";

export const searchExpertsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/experts",
  summary: "Experts you may see (shortlisted for or working with your company, or public) by name, skill or headline, closest first; typos are fine",
  tag: "Experts",
  access: ["CLIENT"],
  input: { query: expertSearchQuerySchema },
  output: { status: 200, description: "One page of experts.", schema: expertSearchResultSchema },
  errors: [422],
  handler: ({ user, query }) => searchExperts({ user, query }),
});
