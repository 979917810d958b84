"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { type FormResult, failedForm, parseForm } from "@/lib/accounts/form-result";
import { resetPassword } from "@/lib/accounts/reset-password";
import { resetPasswordSchema } from "@/lib/accounts/schemas";
import { clientIp } from "@/lib/client-ip";

/** Sets the new password, then sends the visitor to sign in with it. */
export async function resetPasswordAction(_previous: FormResult, input: unknown): Promise<FormResult> {
  const parsed = parseForm(resetPasswordSchema, input);
  if ("result" in parsed) return parsed.result;
  try {
    await resetPassword(parsed.data, { ip: clientIp(await headers()) });
  } catch (error) {
    return failedForm(error, "password reset");
  }
  redirect("/sign-in?notice=password-reset");
}
