import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { revokeApiToken } from "./revoke-api-token";
import { apiTokenPathSchema, apiTokenSchema } from "./schemas";

export const revokeApiTokenOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/api-tokens/{id}",
  summary: "Revoke one of your API tokens: it stops working at once; signed-in session only",
  tag: "API tokens",
  access: "user",
  sessionOnly: true,
  input: { params: apiTokenPathSchema },
  output: { status: 200, description: "The revoked token.", schema: apiTokenSchema },
  errors: [404],
  handler: ({ user, params, requestId }) => revokeApiToken({ user, tokenId: params.id, now: now(), httpRequestId: requestId }),
});
