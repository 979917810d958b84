import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { requestDetailSchema, requestPathSchema } from "./api-schemas";
import { getRequest } from "./get-request";

export const getRequestOperation = defineOperation({
  method: "GET",
  path: "/api/v1/requests/{id}",
  summary: "One of your company's requests: matching progress and, once delivered, the shortlist with why each expert was matched",
  tag: "Requests",
  access: ["CLIENT"],
  input: { params: requestPathSchema },
  output: { status: 200, description: "The request.", schema: requestDetailSchema },
  errors: [400, 404],
  handler: ({ user, params }) => getRequest({ user, requestId: params.id, now: now() }),
});
