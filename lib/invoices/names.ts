import type { InvoiceKind } from "@/generated/prisma/enums";

// How documents are named and reached: shared by the pages, the API and the render job (which alone
// loads the PDF drawing code and its fonts).

export const invoiceTitle = (kind: InvoiceKind) => (kind === "RECEIPT" ? "Receipt" : "Credit note");

export const invoiceFileName = (invoice: { kind: InvoiceKind; number: string }) => `Vetted ${invoiceTitle(invoice.kind).toLowerCase()} ${invoice.number}.pdf`;

/** The PDF through files' download operation, which asks lib/files/access.ts (and so ./access.ts) first. */
export const invoiceDownloadPath = (fileId: string) => `/api/v1/files/${fileId}/download`;

export const BILLING_PAGE_PATH = "/client/billing";
