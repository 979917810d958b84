import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { changesRequestedSchema, milestonePathSchema } from "./api-schemas";
import { requestChanges } from "./request-changes";
import { requestChangesSchema } from "./schemas";

export const requestChangesOperation = defineOperation({
  method: "POST",
  path: "/api/v1/milestones/{id}/request-changes",
  summary: "The client sends submitted work back with what should change; the automatic release stops",
  tag: "Contracts",
  access: ["CLIENT"],
  input: { params: milestonePathSchema, body: requestChangesSchema },
  output: { status: 200, description: "The milestone is back with the expert.", schema: changesRequestedSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user, params, body }) => requestChanges({ user, milestoneId: params.id, input: body, now: now() }),
});
