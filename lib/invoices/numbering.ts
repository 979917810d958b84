import { Prisma } from "@/generated/prisma/client";
import type { InvoiceKind } from "@/generated/prisma/enums";
import type { Transaction } from "@/lib/db";

// Receipts and credit notes are numbered 1, 2, 3… per company, each kind in its own sequence, with
// no gaps: the counter is a column of the company's row, incremented in the transaction that records
// the charge (or books the refund). A rolled-back payment rolls its number back with it, and the row
// lock makes concurrent payments of one company take consecutive numbers one after the other.

const PREFIX: Record<InvoiceKind, string> = { RECEIPT: "R", CREDIT_NOTE: "CN" };

/** "R-000042", "CN-000003": six digits, more when a company passes a million. */
export const formatInvoiceNumber = (kind: InvoiceKind, sequence: number) => `${PREFIX[kind]}-${String(sequence).padStart(6, "0")}`;

/** Takes the company's next number of this kind; only valid inside the caller's transaction. */
export async function allocateInvoiceNumber(tx: Transaction, companyId: string, kind: InvoiceKind): Promise<{ sequence: number; number: string }> {
  const rows =
    kind === "RECEIPT"
      ? await tx.$queryRaw<{ sequence: number }[]>(
          Prisma.sql`UPDATE companies SET "lastReceiptNumber" = "lastReceiptNumber" + 1 WHERE id = ${companyId} RETURNING "lastReceiptNumber" AS sequence`,
        )
      : await tx.$queryRaw<{ sequence: number }[]>(
          Prisma.sql`UPDATE companies SET "lastCreditNoteNumber" = "lastCreditNoteNumber" + 1 WHERE id = ${companyId} RETURNING "lastCreditNoteNumber" AS sequence`,
        );
  const sequence = rows[0]?.sequence;
  if (sequence === undefined) throw new Error(`company ${companyId} not found while numbering a ${kind}`);
  return { sequence, number: formatInvoiceNumber(kind, sequence) };
}
