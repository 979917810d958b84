import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { savedExpertPathSchema, savedStateSchema } from "./api-schemas";
import { saveExpert } from "./saved-experts";

export const saveExpertOperation = defineOperation({
  method: "PUT",
  path: "/api/v1/saved-experts/{id}",
  summary: "Save an expert you may see (from a shortlist, a contract or their profile) to your company's list; saving twice changes nothing",
  tag: "Saved experts",
  access: ["CLIENT"],
  input: { params: savedExpertPathSchema },
  output: { status: 200, description: "The expert is on the company's saved list.", schema: savedStateSchema },
  errors: [400, 403, 404],
  handler: ({ user, params }) => saveExpert({ user, expertProfileId: params.id, now: now() }),
});
