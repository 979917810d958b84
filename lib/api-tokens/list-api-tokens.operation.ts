import { defineOperation } from "@/lib/api/operation";
import { listApiTokens } from "./list-api-tokens";
import { apiTokenListSchema } from "./schemas";

export const listApiTokensOperation = defineOperation({
  method: "GET",
  path: "/api/v1/api-tokens",
  summary: "Your personal API tokens (never the tokens themselves); signed-in session only",
  tag: "API tokens",
  access: "user",
  sessionOnly: true,
  output: { status: 200, description: "Your tokens, newest first.", schema: apiTokenListSchema },
  handler: ({ user }) => listApiTokens(user),
});
