import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { draftUpdateSchema, requestPathSchema, updatedDraftSchema } from "./api-schemas";
import { updateDraft } from "./update-draft";

export const updateDraftOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/requests/{id}",
  summary: "Change a draft: the fields sent replace the stored ones (fileIds: the brief's whole list of files)",
  tag: "Requests",
  access: ["CLIENT"],
  input: { params: requestPathSchema, body: draftUpdateSchema },
  output: { status: 200, description: "The draft was saved.", schema: updatedDraftSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user, params, body }) => updateDraft({ user, requestId: params.id, input: body, now: now() }),
});
