import { z } from "zod";
import { countryCodeSchema } from "@/lib/countries";
import { emailSchema } from "@/lib/credentials/schemas";

// Billing details as a company's owners and finance members edit them (settings → billing, and
// PUT /api/v1/billing/details). Parsed at every edge with messages in the user's words.

const optionalLine = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label}: use at most ${max} characters.`)
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);

/**
 * A VAT number, EIN, ABN, GST number… written as the company writes it. Light validation only:
 * letters, digits and the usual separators, 4–32 characters, at least two digits.
 */
export const taxIdSchema = z
  .string({ error: "The tax id must be text." })
  .trim()
  .max(32, "A tax id has at most 32 characters.")
  .refine(
    (value) => value === "" || /^[A-Za-z0-9][A-Za-z0-9 .\-/]{2,31}$/.test(value),
    "Use letters, digits, spaces, dots, dashes or slashes only, such as DE123456789 or 12-3456789.",
  )
  .refine((value) => value === "" || (value.match(/\d/g)?.length ?? 0) >= 2, "A tax id contains digits: check the number.")
  .transform((value) => (value === "" ? null : value.toUpperCase()))
  .nullable()
  .optional()
  .transform((value) => value ?? null);

export const MAX_BILLING_EMAILS = 5;

export const billingDetailsSchema = z.strictObject({
  legalName: z
    .string({ error: "Enter the company's legal name." })
    .trim()
    .min(2, "Enter the company's legal name, as it should appear on receipts.")
    .max(200, "The legal name: use at most 200 characters."),
  addressLine1: optionalLine("Address line 1", 200),
  addressLine2: optionalLine("Address line 2", 200),
  postalCode: optionalLine("Postal code", 20),
  city: optionalLine("City", 100),
  region: optionalLine("State or region", 100),
  country: countryCodeSchema
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  taxId: taxIdSchema,
  emails: z
    .array(emailSchema, { error: "Give the billing emails as a list." })
    .max(MAX_BILLING_EMAILS, `Add at most ${MAX_BILLING_EMAILS} billing emails.`)
    .optional()
    .transform((emails) => [...new Set((emails ?? []).map((email) => email.toLowerCase()))]),
});
export type BillingDetailsInput = z.input<typeof billingDetailsSchema>;
export type BillingDetails = z.output<typeof billingDetailsSchema>;
