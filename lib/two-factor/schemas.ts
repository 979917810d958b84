import { z } from "zod";
import { looksLikeRecoveryCode } from "./recovery-codes-format";

const ENTER_CODE = "Enter the 6-digit code from your authenticator app.";
const ENTER_CODE_OR_RECOVERY = "Enter the 6-digit code from your authenticator app, or one of your recovery codes.";

/** Six digits; spaces as some apps show them ("123 456") are fine. */
export const totpCodeSchema = z
  .string({ error: ENTER_CODE })
  .max(20, ENTER_CODE)
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, ENTER_CODE));

/** An authenticator code or a recovery code, told apart by their shape. */
export const secondFactorCodeSchema = z
  .string({ error: ENTER_CODE_OR_RECOVERY })
  .max(40, ENTER_CODE_OR_RECOVERY)
  .transform((value) => value.trim())
  .refine((value) => /^\d{6}$/.test(value.replace(/\s/g, "")) || looksLikeRecoveryCode(value), ENTER_CODE_OR_RECOVERY);

export const confirmEnrolmentSchema = z.strictObject({ code: totpCodeSchema });
export const regenerateRecoveryCodesSchema = z.strictObject({ code: totpCodeSchema });
export const disableTwoFactorSchema = z.strictObject({
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200, "Enter your password."),
  code: secondFactorCodeSchema,
});

export const twoFactorStatusSchema = z.object({
  isEnabled: z.boolean(),
  enabledAt: z.iso.datetime().nullable(),
  recoveryCodesLeft: z.number().int(),
});
export const enrolmentSchema = z.object({ manualKey: z.string(), otpauthUri: z.string(), qrCodeDataUrl: z.string() });
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

export type ConfirmEnrolmentInput = z.infer<typeof confirmEnrolmentSchema>;
export type DisableTwoFactorInput = z.infer<typeof disableTwoFactorSchema>;
