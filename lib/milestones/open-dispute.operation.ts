import { defineOperation } from "@/lib/api/operation";
import { milestonePathSchema, openedDisputeSchema } from "./api-schemas";
import { openDispute } from "./open-dispute";
import { openDisputeSchema } from "./schemas";

export const openDisputeOperation = defineOperation({
  method: "POST",
  path: "/api/v1/milestones/{id}/dispute",
  summary: "Open a dispute on a held milestone; release is frozen until an admin resolves it",
  tag: "Payments",
  access: ["CLIENT", "EXPERT"],
  input: { params: milestonePathSchema, body: openDisputeSchema },
  output: { status: 201, description: "The dispute is open.", schema: openedDisputeSchema },
  errors: [400, 401, 403, 404, 409, 422],
  handler: ({ user, params, body }) => openDispute({ user, milestoneId: params.id, input: body }),
});
