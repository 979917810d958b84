import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { disableTwoFactorSchema } from "@/lib/two-factor/schemas";
import { disableTwoFactor } from "./disable-two-factor";

export const disableTwoFactorOperation = defineOperation({
  method: "POST",
  path: "/api/v1/me/two-factor/disable",
  summary: "Turn off two-factor authentication (needs the password and a current code or a recovery code)",
  tag: "Accounts",
  access: "user",
  // Two-factor settings guard the account itself: a signed-in person changes them, never a script with a token.
  sessionOnly: true,
  input: { body: disableTwoFactorSchema },
  output: { status: 200, description: "Off; the authenticator and the recovery codes are forgotten.", schema: z.object({ isEnabled: z.literal(false) }) },
  errors: [400, 401, 403, 409, 415, 422, 429],
  handler: ({ user, body, requestId }) => disableTwoFactor({ user, password: body.password, code: body.code, requestId }),
});
