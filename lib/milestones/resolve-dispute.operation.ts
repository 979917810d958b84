import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { disputePathSchema, resolvedDisputeSchema } from "./api-schemas";
import { resolveDispute } from "./resolve-dispute";
import { resolveDisputeSchema } from "./schemas";

export const resolveDisputeOperation = defineOperation({
  method: "POST",
  path: "/api/v1/admin/disputes/{id}/resolve",
  summary: "Resolve a dispute: release, refund, or split (part transfer, part refund of the same charge)",
  tag: "Admin",
  access: ["ADMIN"],
  input: { params: disputePathSchema, body: resolveDisputeSchema },
  output: { status: 200, description: "Resolved; the money follows.", schema: resolvedDisputeSchema },
  errors: [400, 401, 403, 404, 409, 422, 503],
  handler: ({ user, params, body }) => resolveDispute({ user, disputeId: params.id, input: body, now: now() }),
});
