import { defineOperation } from "@/lib/api/operation";
import { getTwoFactorStatus } from "./get-two-factor-status";
import { twoFactorStatusSchema } from "./schemas";

export const getTwoFactorStatusOperation = defineOperation({
  method: "GET",
  path: "/api/v1/me/two-factor",
  summary: "Whether two-factor authentication is on, and how many recovery codes are left",
  tag: "Accounts",
  access: "user",
  output: { status: 200, description: "The signed-in user's two-factor authentication.", schema: twoFactorStatusSchema },
  errors: [401],
  handler: ({ user }) => getTwoFactorStatus(user.id),
});
