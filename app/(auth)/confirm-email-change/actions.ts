"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { confirmEmailChange } from "@/lib/accounts/change-email";
import { type FormResult, failedForm, parseForm } from "@/lib/accounts/form-result";
import { accountLinkSchema } from "@/lib/accounts/schemas";
import { clientIp } from "@/lib/client-ip";

export async function confirmEmailChangeAction(_previous: FormResult, input: unknown): Promise<FormResult> {
  const parsed = parseForm(accountLinkSchema, input);
  if ("result" in parsed) return parsed.result;
  try {
    await confirmEmailChange(parsed.data.token, { ip: clientIp(await headers()) });
  } catch (error) {
    return failedForm(error, "email change");
  }
  redirect("/confirm-email-change?confirmed=1");
}
