import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { amendmentContractPathSchema, amendmentStateSchema } from "./api-schemas";
import { proposeAmendment } from "./propose-amendment";
import { proposeAmendmentSchema } from "./schemas";

export const proposeAmendmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/amendments",
  summary:
    "Propose a change to an active contract (add a milestone, change an unfunded one, change the hourly rate or cap); the other side accepts or declines",
  tag: "Contracts",
  access: ["CLIENT", "EXPERT"],
  input: { params: amendmentContractPathSchema, body: proposeAmendmentSchema },
  output: { status: 201, description: "Proposed; nothing changes until the other side accepts.", schema: amendmentStateSchema },
  errors: [400, 401, 403, 404, 409, 415, 422],
  handler: ({ user, params, body }) => proposeAmendment({ user, contractId: params.id, input: body, now: now() }),
});
