import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { issueCreditNote } from "@/lib/invoices/issue";
import { finalizeMilestone } from "./finalize-milestone";
import { bookTransaction, ledgerAccounts } from "./ledger";
import { DUPLICATE_PAYMENT } from "./refund-reasons";
import { sendRefund, sendTransfer } from "./stripe-money-calls";

// Moving held money out: each Transfer or Refund row is written (PENDING) before its Stripe call and
// carries the idempotency key of that row, derived from the milestone. Settling sends whatever is
// still pending, books it, then finalizes the milestone. Running it again — a double click, a retry
// job after a crash between Stripe's answer and our write — finds the same Stripe objects and books
// nothing twice. A payout job (payments.settle-milestone) runs it until nothing is pending.

export async function settleMilestone(milestoneId: string) {
  const milestone = await db.milestone.findUniqueOrThrow({
    where: { id: milestoneId },
    select: {
      id: true,
      title: true,
      contract: { select: { id: true, expertProfile: { select: { stripeAccountId: true } } } },
      // The payment that funded it: a duplicate payment is being refunded and is no source for the payout.
      payments: { where: { status: "SUCCEEDED", refunds: { none: { reason: DUPLICATE_PAYMENT } } }, take: 1, select: { id: true, stripeChargeId: true } },
      transfers: { where: { status: "PENDING" }, select: { id: true, amountCents: true, feeCents: true, currency: true, idempotencyKey: true } },
      refunds: {
        where: { status: "PENDING" },
        select: { id: true, amountCents: true, currency: true, idempotencyKey: true, payment: { select: { stripeChargeId: true, status: true } } },
      },
    },
  });
  const { contract } = milestone;
  // Only the run that books a movement announces it; retries and safety-net jobs stay quiet.
  let hasBooked = false;
  const accounts = (currency: string) => ledgerAccounts(contract.id, currency);

  for (const transfer of milestone.transfers) {
    const chargeId = milestone.payments[0]?.stripeChargeId;
    const destination = contract.expertProfile.stripeAccountId;
    if (!chargeId || !destination) throw new Error(`milestone ${milestone.id} cannot be paid out: no charge or no payout account`);
    const context = { milestoneId: milestone.id, milestoneTitle: milestone.title, contractId: contract.id };
    const sent = await sendTransfer(transfer, { ...context, chargeId, destination });
    await db.$transaction(async (tx) => {
      const { count } = await tx.transfer.updateMany({ where: { id: transfer.id, status: "PENDING" }, data: { status: "PAID", stripeTransferId: sent.id } });
      if (!count) return;
      hasBooked = true;
      const released = transfer.amountCents + transfer.feeCents;
      await bookTransaction(tx, {
        kind: "release",
        idempotencyKey: transfer.idempotencyKey,
        description: `Released "${milestone.title}": ${transfer.amountCents} to the expert, ${transfer.feeCents} platform fee`,
        contractId: contract.id,
        milestoneId: milestone.id,
        currency: transfer.currency,
        entries: [
          { account: accounts(transfer.currency).escrow, amountCents: -released },
          { account: accounts(transfer.currency).expertPayable, amountCents: transfer.amountCents },
          { account: accounts(transfer.currency).platformRevenue, amountCents: transfer.feeCents },
        ],
      });
    });
  }

  for (const refund of milestone.refunds) {
    const chargeId = refund.payment.stripeChargeId;
    if (!chargeId) throw new Error(`refund ${refund.id} has no charge to refund`);
    const sent = await sendRefund({ ...refund, chargeId }, { milestoneId: milestone.id, milestoneTitle: milestone.title, contractId: contract.id });
    await db.$transaction(async (tx) => {
      const { count } = await tx.refund.updateMany({ where: { id: refund.id, status: "PENDING" }, data: { status: "SUCCEEDED", stripeRefundId: sent.id } });
      // Money held for review never entered escrow, so giving it back books nothing and announces nothing here.
      if (!count || refund.payment.status === "NEEDS_REVIEW") return;
      hasBooked = true;
      await bookTransaction(tx, {
        kind: "refund",
        idempotencyKey: refund.idempotencyKey,
        description: `Refunded ${refund.amountCents} of "${milestone.title}" to the client`,
        contractId: contract.id,
        milestoneId: milestone.id,
        currency: refund.currency,
        entries: [
          { account: accounts(refund.currency).escrow, amountCents: -refund.amountCents },
          { account: accounts(refund.currency).clientRefunds, amountCents: refund.amountCents },
        ],
      });
      await issueCreditNote(tx, { refundId: refund.id, now: now() });
    });
  }

  await finalizeMilestone(milestone.id, { shouldAnnounce: hasBooked });
}
