import type { Prisma } from "@/generated/prisma/client";
import type { Transaction } from "@/lib/db";
import { VETTED_ISSUER } from "@/lib/documents/pdf/issuer";
import { enqueueJobs } from "@/lib/jobs/queue";
import { billedToSnapshot, COMPANY_BILLING_SELECT } from "./billed-to";
import { creditNoteAmounts, receiptAmounts } from "./line-items";
import { allocateInvoiceNumber } from "./numbering";

// Issuing a money document is part of recording the money: the receipt is written in the transaction
// that marks the charge paid and books it, the credit note in the one that books the refund. Each
// takes the company's next number there (numbering.ts), copies the billing details as they are, and
// queues the job that draws the PDF and mails it (render.ts), so a crash after commit still gets it
// rendered, once. A payment or refund has at most one document (unique columns): a replayed or
// concurrent webhook that reaches this point finds it and issues nothing.

export const renderJobKey = (invoiceId: string) => `render-invoice:${invoiceId}`;

async function queueRender(tx: Transaction, invoiceId: string, now: Date) {
  await enqueueJobs(tx, [{ kind: "documents.render-invoice", payload: { invoiceId }, runAt: now, dedupeKey: renderJobKey(invoiceId) }]);
}

type DocumentFields = {
  kind: "RECEIPT" | "CREDIT_NOTE";
  milestone: { id: string; kind: string };
  contract: { id: string; companyId: string; clientUserId: string; company: Parameters<typeof billedToSnapshot>[0] };
  currency: string;
  amounts: ReturnType<typeof receiptAmounts>;
  stripe: { paymentIntentId: string | null; chargeId: string | null; refundId?: string | null };
  links: { paymentId: string } | { refundId: string; creditsId: string | null };
};

/** Numbers and writes one document, snapshotting who it is billed to and who issues it, and queues its PDF. */
async function writeDocument(tx: Transaction, fields: DocumentFields, now: Date): Promise<string> {
  const { kind, milestone, contract, amounts, stripe } = fields;
  const { sequence, number } = await allocateInvoiceNumber(tx, contract.companyId, kind);
  const invoice = await tx.invoice.create({
    data: {
      companyId: contract.companyId,
      kind,
      sequence,
      number,
      chargeKind: milestone.kind === "BONUS" ? "BONUS" : "MILESTONE_FUNDING",
      ...fields.links,
      contractId: contract.id,
      milestoneId: milestone.id,
      paidByUserId: contract.clientUserId,
      currency: fields.currency,
      lines: amounts.lines as Prisma.InputJsonValue,
      subtotalCents: amounts.subtotalCents,
      feeCents: amounts.feeCents,
      totalCents: amounts.totalCents,
      billedTo: billedToSnapshot(contract.company),
      issuer: { name: VETTED_ISSUER.name, lines: VETTED_ISSUER.lines },
      paidAt: now,
      issuedAt: now,
      stripePaymentIntentId: stripe.paymentIntentId,
      stripeChargeId: stripe.chargeId,
      stripeRefundId: stripe.refundId ?? null,
    },
    select: { id: true },
  });
  await queueRender(tx, invoice.id, now);
  return invoice.id;
}

type ReceiptOptions = {
  paymentId: string;
  now: Date;
  /** What the expert's side will carry as Vetted's fee for this amount (lib/payments/fees.ts), shown for information. */
  expertSideFee: (amountCents: number, feeBps: number) => number;
};

/** The receipt of a payment just recorded as paid (status SUCCEEDED) in this transaction. Returns its id. */
export async function issueReceipt(tx: Transaction, { paymentId, now, expertSideFee }: ReceiptOptions): Promise<string> {
  const existing = await tx.invoice.findUnique({ where: { paymentId }, select: { id: true } });
  if (existing) return existing.id;
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: {
      id: true,
      amountCents: true,
      currency: true,
      stripePaymentIntentId: true,
      stripeChargeId: true,
      milestone: {
        select: {
          id: true,
          position: true,
          title: true,
          kind: true,
          description: true,
          contract: {
            select: {
              id: true,
              title: true,
              companyId: true,
              clientUserId: true,
              platformFeeBps: true,
              company: { select: COMPANY_BILLING_SELECT },
              expertProfile: { select: { user: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  const { milestone } = payment;
  const { contract } = milestone;
  const charged = {
    contractTitle: contract.title,
    expertName: contract.expertProfile.user.name,
    amountCents: payment.amountCents,
    currency: payment.currency,
    platformFeeBps: contract.platformFeeBps,
    expertSideFeeCents: expertSideFee(payment.amountCents, contract.platformFeeBps),
  };
  const chargeKind = milestone.kind === "BONUS" ? "BONUS" : "MILESTONE_FUNDING";
  const amounts = receiptAmounts(
    chargeKind === "BONUS"
      ? { kind: "BONUS", note: milestone.description, ...charged }
      : { kind: "MILESTONE_FUNDING", milestonePosition: milestone.position, milestoneTitle: milestone.title, ...charged },
  );
  return writeDocument(
    tx,
    {
      kind: "RECEIPT",
      milestone,
      contract,
      currency: payment.currency,
      amounts,
      stripe: { paymentIntentId: payment.stripePaymentIntentId, chargeId: payment.stripeChargeId },
      links: { paymentId: payment.id },
    },
    now,
  );
}

/** The credit note of a refund just booked in this transaction. Returns its id. */
export async function issueCreditNote(tx: Transaction, { refundId, now }: { refundId: string; now: Date }): Promise<string> {
  const existing = await tx.invoice.findUnique({ where: { refundId }, select: { id: true } });
  if (existing) return existing.id;
  const refund = await tx.refund.findUniqueOrThrow({
    where: { id: refundId },
    select: {
      id: true,
      amountCents: true,
      currency: true,
      reason: true,
      stripeRefundId: true,
      payment: { select: { stripePaymentIntentId: true, stripeChargeId: true, receipt: { select: { id: true, number: true } } } },
      milestone: {
        select: {
          id: true,
          title: true,
          kind: true,
          contract: { select: { id: true, companyId: true, clientUserId: true, company: { select: COMPANY_BILLING_SELECT } } },
        },
      },
    },
  });
  const { contract } = refund.milestone;
  const receipt = refund.payment.receipt;
  const amounts = creditNoteAmounts({
    receiptNumber: receipt?.number ?? null,
    milestoneTitle: refund.milestone.title,
    amountCents: refund.amountCents,
    reason: refund.reason,
  });
  return writeDocument(
    tx,
    {
      kind: "CREDIT_NOTE",
      milestone: refund.milestone,
      contract,
      currency: refund.currency,
      amounts,
      stripe: { paymentIntentId: refund.payment.stripePaymentIntentId, chargeId: refund.payment.stripeChargeId, refundId: refund.stripeRefundId },
      links: { refundId: refund.id, creditsId: receipt?.id ?? null },
    },
    now,
  );
}
