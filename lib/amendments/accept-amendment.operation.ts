import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { now } from "@/lib/clock";
import { acceptAmendment } from "./accept-amendment";
import { acceptedAmendmentSchema, amendmentPathSchema } from "./api-schemas";

export const acceptAmendmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/amendments/{amendmentId}/accept",
  summary: "The other side accepts a proposed change; it applies at once (hourly terms: from next week)",
  tag: "Contracts",
  access: ["CLIENT", "EXPERT"],
  input: { params: amendmentPathSchema, body: emptyBodySchema },
  output: { status: 200, description: "Accepted and applied.", schema: acceptedAmendmentSchema },
  errors: [400, 401, 403, 404, 409],
  handler: ({ user, params }) => acceptAmendment({ user, contractId: params.id, amendmentId: params.amendmentId, now: now() }),
});
