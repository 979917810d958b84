"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { type FormResult, failedForm, parseForm } from "@/lib/accounts/form-result";
import { accountLinkSchema } from "@/lib/accounts/schemas";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { clientIp } from "@/lib/client-ip";

export async function verifyEmailAction(_previous: FormResult, input: unknown): Promise<FormResult> {
  const parsed = parseForm(accountLinkSchema, input);
  if ("result" in parsed) return parsed.result;
  try {
    await verifyEmail(parsed.data.token, { ip: clientIp(await headers()) });
  } catch (error) {
    return failedForm(error, "email verification");
  }
  redirect("/verify-email?confirmed=1");
}
