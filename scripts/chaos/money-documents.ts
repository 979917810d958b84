import { db } from "@/lib/db";

// After the chaos: every charge our books counted has exactly one receipt and every refund they
// booked exactly one credit note, each with the ledger's amount to the cent; each company's numbers
// run 1…n per kind with no gap or repeat and match its counters; every document was drawn and mailed.

async function ledgerAmount(idempotencyKey: string) {
  const entries = await db.ledgerEntry.findMany({ where: { transaction: { idempotencyKey }, amountCents: { gt: 0 } }, select: { amountCents: true } });
  return entries.length ? entries.reduce((sum, entry) => sum + entry.amountCents, 0) : null;
}

export async function checkMoneyDocuments() {
  const problems: string[] = [];
  const [payments, refunds, invoices, companies] = await Promise.all([
    db.payment.findMany({ select: { id: true, status: true, receipt: { select: { id: true, totalCents: true } } } }),
    db.refund.findMany({
      select: { id: true, status: true, idempotencyKey: true, payment: { select: { status: true } }, creditNote: { select: { id: true, totalCents: true } } },
    }),
    db.invoice.findMany({ select: { id: true, companyId: true, kind: true, sequence: true, number: true, fileId: true, emailedAt: true } }),
    db.company.findMany({ select: { id: true, lastReceiptNumber: true, lastCreditNoteNumber: true } }),
  ]);
  for (const payment of payments) {
    const booked = await ledgerAmount(`fund:${payment.id}`);
    if (booked === null) {
      if (payment.receipt) problems.push(`payment ${payment.id} (${payment.status}) was never booked but has receipt ${payment.receipt.id}`);
      continue;
    }
    if (!payment.receipt) problems.push(`payment ${payment.id} was booked (${booked}) but has no receipt`);
    else if (payment.receipt.totalCents !== booked) problems.push(`receipt of payment ${payment.id} says ${payment.receipt.totalCents}, the ledger ${booked}`);
  }
  for (const refund of refunds) {
    const booked = refund.status === "SUCCEEDED" && refund.payment.status !== "NEEDS_REVIEW" ? await ledgerAmount(refund.idempotencyKey) : null;
    if (booked === null) {
      if (refund.creditNote) problems.push(`refund ${refund.id} was never booked but has credit note ${refund.creditNote.id}`);
      continue;
    }
    if (!refund.creditNote) problems.push(`refund ${refund.id} was booked (${booked}) but has no credit note`);
    else if (refund.creditNote.totalCents !== booked)
      problems.push(`credit note of refund ${refund.id} says ${refund.creditNote.totalCents}, the ledger ${booked}`);
  }
  for (const company of companies) {
    for (const [kind, counter] of [
      ["RECEIPT", company.lastReceiptNumber],
      ["CREDIT_NOTE", company.lastCreditNoteNumber],
    ] as const) {
      const sequences = invoices
        .filter((invoice) => invoice.companyId === company.id && invoice.kind === kind)
        .map((invoice) => invoice.sequence)
        .sort((a, b) => a - b);
      const expected = Array.from({ length: counter }, (_, index) => index + 1);
      if (sequences.join() !== expected.join()) problems.push(`company ${company.id}: ${kind} numbers ${sequences.join(",")} ≠ 1…${counter}`);
    }
  }
  for (const invoice of invoices) {
    if (!invoice.fileId) problems.push(`${invoice.number} of company ${invoice.companyId} has no PDF`);
    else if (!invoice.emailedAt) problems.push(`${invoice.number} of company ${invoice.companyId} was never emailed`);
  }
  const receipts = invoices.filter((invoice) => invoice.kind === "RECEIPT").length;
  return { receipts, creditNotes: invoices.length - receipts, problems };
}
