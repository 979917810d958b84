"use server";

import { type FormResult, failedForm, formValues, parseForm } from "@/lib/accounts/form-result";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { updateBillingDetails } from "@/lib/invoices/billing";
import { billingDetailsSchema } from "@/lib/invoices/schemas";

/** The form sends billing emails as one field, separated by commas, spaces or new lines. */
function billingFormValues(input: unknown) {
  const values = formValues(input);
  const emails = typeof values.emails === "string" ? values.emails.split(/[\s,;]+/).filter(Boolean) : values.emails;
  return { ...values, emails, country: values.country === "" ? null : values.country };
}

export async function saveBillingDetailsAction(_previous: FormResult, input: unknown): Promise<FormResult> {
  const user = await requireUser(["CLIENT"]);
  const parsed = parseForm(billingDetailsSchema, billingFormValues(input));
  if ("result" in parsed) return parsed.result;
  try {
    await updateBillingDetails({ user, details: parsed.data, now: now() });
    const { revalidatePath } = await import("next/cache");
    revalidatePath("/client/billing");
    return { ok: true, message: "Billing details saved. New receipts will show them; receipts already issued keep theirs.", fields: {} };
  } catch (error) {
    return failedForm(error, "saving billing details");
  }
}
