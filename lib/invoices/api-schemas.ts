import { z } from "zod";

// Response shapes of the billing operations, for the handlers and the OpenAPI document.

const timestamp = z.iso.datetime();

export const billingDetailsViewSchema = z
  .object({
    companyId: z.string(),
    companyName: z.string(),
    details: z.object({
      legalName: z.string().nullable(),
      addressLine1: z.string().nullable(),
      addressLine2: z.string().nullable(),
      postalCode: z.string().nullable(),
      city: z.string().nullable(),
      region: z.string().nullable(),
      country: z.string().nullable().meta({ description: "ISO 3166-1 alpha-2" }),
      taxId: z.string().nullable(),
      emails: z.array(z.string()),
    }),
    updatedAt: timestamp.nullable(),
  })
  .meta({ id: "BillingDetails" });

export const invoiceViewSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["RECEIPT", "CREDIT_NOTE"]),
    title: z.string(),
    number: z.string().meta({ description: "Gapless per company and kind: R-000001…, CN-000001…" }),
    issuedAt: timestamp,
    paidAt: timestamp.meta({ description: "When the charge was paid (receipt) or the refund booked (credit note)." }),
    contract: z.object({ id: z.string(), title: z.string() }),
    milestoneId: z.string().nullable(),
    currency: z.string(),
    totalCents: z.number().int(),
    totalText: z.string(),
    status: z.enum(["PAID", "PARTLY_REFUNDED", "REFUNDED", "CREDIT"]),
    statusLabel: z.string(),
    credits: z.object({ id: z.string(), number: z.string() }).nullable(),
    downloadUrl: z.string().nullable().meta({ description: "The PDF through the files download operation; null while it is being drawn." }),
  })
  .meta({ id: "Invoice" });

export const invoiceListSchema = z.object({ invoices: z.array(invoiceViewSchema) }).meta({ id: "InvoiceList" });
