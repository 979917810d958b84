import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/format";
import type { SessionUser } from "@/lib/sessions/session-user";
import { assertCan } from "@/lib/teams/assert-can";
import { invoiceDownloadPath, invoiceTitle } from "./names";

// The company's receipts and credit notes, newest first, for its billing page, the contract page and
// GET /api/v1/billing/invoices. Only owners and finance members (and admins, through the console) see them.

export const INVOICE_PAGE_SIZE = 100;

const LIST_SELECT = {
  id: true,
  kind: true,
  number: true,
  issuedAt: true,
  paidAt: true,
  currency: true,
  totalCents: true,
  milestoneId: true,
  paymentId: true,
  fileId: true,
  contract: { select: { id: true, title: true } },
  credits: { select: { id: true, number: true } },
  creditNotes: { select: { totalCents: true } },
} satisfies Prisma.InvoiceSelect;

type Row = Prisma.InvoiceGetPayload<{ select: typeof LIST_SELECT }>;

export type InvoiceStatus = "PAID" | "PARTLY_REFUNDED" | "REFUNDED" | "CREDIT";

export function invoiceStatus(row: Pick<Row, "kind" | "totalCents" | "creditNotes">): InvoiceStatus {
  if (row.kind === "CREDIT_NOTE") return "CREDIT";
  const credited = row.creditNotes.reduce((sum, note) => sum + note.totalCents, 0);
  if (credited >= row.totalCents && credited > 0) return "REFUNDED";
  return credited > 0 ? "PARTLY_REFUNDED" : "PAID";
}

export const INVOICE_STATUS_LABEL: Record<InvoiceStatus, string> = {
  PAID: "Paid",
  PARTLY_REFUNDED: "Partly refunded",
  REFUNDED: "Refunded",
  CREDIT: "Credit note",
};

export function toInvoiceView(row: Row) {
  const status = invoiceStatus(row);
  return {
    id: row.id,
    kind: row.kind,
    title: invoiceTitle(row.kind),
    number: row.number,
    issuedAt: row.issuedAt,
    paidAt: row.paidAt,
    contract: row.contract,
    milestoneId: row.milestoneId,
    currency: row.currency,
    totalCents: row.totalCents,
    totalText: formatMoney(row.totalCents, row.currency),
    status,
    statusLabel: INVOICE_STATUS_LABEL[status],
    credits: row.credits,
    /** Null while the PDF is being drawn (a few seconds after the payment). */
    downloadUrl: row.fileId ? invoiceDownloadPath(row.fileId) : null,
  };
}

export type InvoiceView = ReturnType<typeof toInvoiceView>;

export async function listInvoices({ user, contractId }: { user: SessionUser; contractId?: string }): Promise<{ invoices: InvoiceView[] }> {
  assertCan(user, "viewBilling");
  const rows = await db.invoice.findMany({
    where: { companyId: user.companyId ?? "", ...(contractId ? { contractId } : {}) },
    orderBy: [{ issuedAt: "desc" }, { sequence: "desc" }],
    take: INVOICE_PAGE_SIZE,
    select: LIST_SELECT,
  });
  return { invoices: rows.map(toInvoiceView) };
}
