import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { createApiToken } from "./create-api-token";
import { createApiTokenSchema, createdApiTokenSchema } from "./schemas";

export const createApiTokenOperation = defineOperation({
  method: "POST",
  path: "/api/v1/api-tokens",
  summary: "Create a personal API token (shown once); signed-in session only: a token cannot create tokens",
  tag: "API tokens",
  access: "user",
  sessionOnly: true,
  input: { body: createApiTokenSchema },
  output: { status: 201, description: "The token, shown this once, and how it is listed.", schema: createdApiTokenSchema },
  errors: [409, 415, 422],
  handler: ({ user, body, requestId }) => createApiToken({ user, input: body, now: now(), httpRequestId: requestId }),
});
