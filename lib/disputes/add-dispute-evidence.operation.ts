import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { addDisputeEvidence } from "./add-dispute-evidence";
import { casePathSchema, disputeEvidenceSchema } from "./api-schemas";
import { addDisputeEvidenceSchema } from "./schemas";

export const addDisputeEvidenceOperation = defineOperation({
  method: "POST",
  path: "/api/v1/disputes/{id}/evidence",
  summary: "Either side of a dispute adds evidence (text, links, files) until an admin decides",
  tag: "Payments",
  access: ["CLIENT", "EXPERT"],
  input: { params: casePathSchema, body: addDisputeEvidenceSchema },
  output: { status: 201, description: "The evidence is on the case.", schema: disputeEvidenceSchema },
  errors: [400, 401, 403, 404, 409, 422],
  handler: ({ user, params, body }) => addDisputeEvidence({ user, disputeId: params.id, input: body, now: now() }),
});
