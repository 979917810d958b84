"use server";

import { headers } from "next/headers";
import { type FormResult, failedForm, parseForm } from "@/lib/accounts/form-result";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { forgotPasswordSchema } from "@/lib/accounts/schemas";
import { clientIp } from "@/lib/client-ip";

/** The same answer whether or not the address has an account. */
export async function requestPasswordResetAction(_previous: FormResult, input: unknown): Promise<FormResult> {
  const parsed = parseForm(forgotPasswordSchema, input);
  if ("result" in parsed) return parsed.result;
  try {
    await requestPasswordReset(parsed.data, { ip: clientIp(await headers()) });
    return {
      ok: true,
      message: `If ${parsed.data.email} has a Vetted account, a link to reset its password is on its way. It works once, for one hour. Check your spam folder if it does not arrive within a few minutes.`,
      fields: {},
    };
  } catch (error) {
    return failedForm(error, "password reset request", input);
  }
}
