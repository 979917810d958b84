import type { Transaction } from "@/lib/db";
import { enqueueJobs } from "@/lib/jobs/queue";
import { splitRelease } from "./fees";

const SETTLE_RETRY_DELAY_MS = 60_000;

type Held = { id: string; currency: string; platformFeeBps: number; paymentId: string };

/**
 * Writes what is to be paid out and refunded for a milestone, before any Stripe call, with keys derived
 * from the milestone: a milestone is released at most once and refunded at most once. A settle job is
 * queued in the same transaction, so a crash right after commit still gets the money moved.
 */
type Amounts = { releaseCents: number; refundCents: number; refundReason: string };

export async function queueSettlement(tx: Transaction, milestone: Held, amounts: Amounts, now: Date) {
  if (amounts.releaseCents > 0) {
    const { feeCents, transferCents } = splitRelease(amounts.releaseCents, milestone.platformFeeBps);
    await tx.transfer.createMany({
      data: [{ milestoneId: milestone.id, amountCents: transferCents, feeCents, currency: milestone.currency, idempotencyKey: `release:${milestone.id}` }],
      skipDuplicates: true,
    });
  }
  if (amounts.refundCents > 0) {
    await tx.refund.createMany({
      data: [
        {
          milestoneId: milestone.id,
          paymentId: milestone.paymentId,
          amountCents: amounts.refundCents,
          currency: milestone.currency,
          reason: amounts.refundReason,
          idempotencyKey: `refund:${milestone.id}`,
        },
      ],
      skipDuplicates: true,
    });
  }
  await enqueueSettleJob(tx, milestone.id, `${amounts.releaseCents > 0 ? "release" : ""}${amounts.refundCents > 0 ? "refund" : ""}`, now);
}

/** The safety net: settles again a minute later (and retries with back-off) until nothing is pending. */
export async function enqueueSettleJob(tx: Transaction, milestoneId: string, what: string, now: Date) {
  await enqueueJobs(tx, [
    {
      kind: "payments.settle-milestone",
      payload: { milestoneId },
      runAt: new Date(now.getTime() + SETTLE_RETRY_DELAY_MS),
      dedupeKey: `settle:${what}:${milestoneId}`,
    },
  ]);
}
