import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { now } from "@/lib/clock";
import { contractPathSchema } from "@/lib/contracts/api-schemas";
import { replacementSchema } from "./api-schemas";
import { requestReplacement } from "./request-replacement";

export const requestReplacementOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/replacement",
  summary: "Find me a replacement: the ended contract's request re-enters matching with a new 8-hour clock, that expert excluded",
  tag: "Contracts",
  access: ["CLIENT"],
  input: { params: contractPathSchema, body: emptyBodySchema },
  output: { status: 200, description: "The request is being matched again.", schema: replacementSchema },
  errors: [400, 401, 403, 404, 409],
  handler: ({ user, params }) => requestReplacement({ user, contractId: params.id, now: now() }),
});
