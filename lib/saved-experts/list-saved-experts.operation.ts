import { defineOperation } from "@/lib/api/operation";
import { savedExpertListSchema } from "./api-schemas";
import { listSavedExperts } from "./list-saved-experts";

export const listSavedExpertsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/saved-experts",
  summary: "Your company's saved experts: headline, rate, rating, availability and whether you can hire them again",
  tag: "Saved experts",
  access: ["CLIENT"],
  input: {},
  output: { status: 200, description: "The saved experts, newest first.", schema: savedExpertListSchema },
  errors: [403],
  handler: ({ user }) => listSavedExperts({ user }),
});
