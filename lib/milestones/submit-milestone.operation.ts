import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { milestonePathSchema, submittedMilestoneSchema } from "./api-schemas";
import { submitMilestoneSchema } from "./schemas";
import { submitMilestone } from "./submit-milestone";

export const submitMilestoneOperation = defineOperation({
  method: "POST",
  path: "/api/v1/milestones/{id}/submit",
  summary: "The expert submits a funded milestone (note, links and uploaded files); released automatically 14 days later unless the client answers",
  tag: "Contracts",
  access: ["EXPERT"],
  input: { params: milestonePathSchema, body: submitMilestoneSchema },
  output: { status: 200, description: "The milestone is waiting for the client's review.", schema: submittedMilestoneSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user, params, body }) => submitMilestone({ user, milestoneId: params.id, input: body, now: now() }),
});
