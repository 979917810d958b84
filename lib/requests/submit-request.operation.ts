import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { requestPathSchema, submittedRequestSchema } from "./api-schemas";
import { submitRequest } from "./submit-request";

export const submitRequestOperation = defineOperation({
  method: "POST",
  path: "/api/v1/requests/{id}/submit",
  summary: "Submit a complete draft: matching starts and the shortlist is due 8 hours later",
  tag: "Requests",
  access: ["CLIENT"],
  input: { params: requestPathSchema },
  output: { status: 200, description: "Matching has started.", schema: submittedRequestSchema },
  errors: [400, 404, 409, 422],
  handler: ({ user, params }) => submitRequest({ user, requestId: params.id, now: now() }),
});
