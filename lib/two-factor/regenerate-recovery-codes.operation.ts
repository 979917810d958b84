import { defineOperation } from "@/lib/api/operation";
import { regenerateRecoveryCodes } from "./regenerate-recovery-codes";
import { recoveryCodesSchema, regenerateRecoveryCodesSchema } from "./schemas";

export const regenerateRecoveryCodesOperation = defineOperation({
  method: "POST",
  path: "/api/v1/me/two-factor/recovery-codes",
  summary: "Replace the recovery codes (needs a current code from the app)",
  tag: "Accounts",
  access: "user",
  // Two-factor settings guard the account itself: a signed-in person changes them, never a script with a token.
  sessionOnly: true,
  input: { body: regenerateRecoveryCodesSchema },
  output: { status: 200, description: "Ten new recovery codes, shown this once; the old ones no longer work.", schema: recoveryCodesSchema },
  errors: [400, 401, 403, 409, 415, 422, 429],
  handler: ({ user, body, requestId }) => regenerateRecoveryCodes({ user, code: body.code, requestId }),
});
