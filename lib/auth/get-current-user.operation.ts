import { defineOperation } from "@/lib/api/operation";
import { meSchema } from "@/lib/api/schemas";

export const getCurrentUserOperation = defineOperation({
  method: "GET",
  path: "/api/v1/me",
  summary: "The signed-in user",
  tag: "Accounts",
  access: "user",
  output: { status: 200, description: "Who is asking.", schema: meSchema },
  errors: [401],
  handler: async ({ user }) => user,
});
