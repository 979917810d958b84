import { defineOperation } from "@/lib/api/operation";
import { savedExpertPathSchema, savedStateSchema } from "./api-schemas";
import { unsaveExpert } from "./saved-experts";

export const unsaveExpertOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/saved-experts/{id}",
  summary: "Remove an expert from your company's saved list; removing one not on it changes nothing",
  tag: "Saved experts",
  access: ["CLIENT"],
  input: { params: savedExpertPathSchema },
  output: { status: 200, description: "The expert is not on the company's saved list.", schema: savedStateSchema },
  errors: [400, 403, 404],
  handler: ({ user, params }) => unsaveExpert({ user, expertProfileId: params.id }),
});
