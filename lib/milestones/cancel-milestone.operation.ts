import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { now } from "@/lib/clock";
import { cancelledMilestoneSchema, milestonePathSchema } from "./api-schemas";
import { cancelMilestone } from "./cancel-milestone";

export const cancelMilestoneOperation = defineOperation({
  method: "POST",
  path: "/api/v1/milestones/{id}/cancel",
  summary: "Cancel a milestone: an unfunded one is removed, a funded one refunded in full",
  tag: "Payments",
  access: ["CLIENT"],
  input: { params: milestonePathSchema, body: emptyBodySchema },
  output: { status: 200, description: "Removed or refunded.", schema: cancelledMilestoneSchema },
  errors: [400, 401, 403, 404, 409, 503],
  handler: ({ user, params }) => cancelMilestone({ user, milestoneId: params.id, now: now() }),
});
