import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { now } from "@/lib/clock";
import { milestonePathSchema, releasedSchema } from "./api-schemas";
import { approveMilestone } from "./release-milestone";

export const approveMilestoneOperation = defineOperation({
  method: "POST",
  path: "/api/v1/milestones/{id}/approve",
  summary: "Approve submitted work: the amount minus the platform fee is transferred to the expert",
  tag: "Payments",
  access: ["CLIENT"],
  input: { params: milestonePathSchema, body: emptyBodySchema },
  output: { status: 200, description: "Released; the transfer is sent.", schema: releasedSchema },
  errors: [400, 401, 403, 404, 409, 503],
  handler: ({ user, params }) => approveMilestone({ user, milestoneId: params.id, now: now() }),
});
