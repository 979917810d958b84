import type { Transaction } from "@/lib/db";
import { enqueueJobs } from "@/lib/jobs/queue";
import { heldCents } from "@/lib/milestones/release-part";
import { trialPayoutCents } from "./ending-config";
import { refundHeldMilestone } from "./refund-held-milestone";

export const TRIAL_REFUND_REASON = "trial ended: not the right fit";

/**
 * The client ended the contract in its trial as not the right fit. Every held milestone that is not in
 * dispute is refunded to the client at once (no consent window in the trial), and the expert is paid for
 * the work submitted and not yet approved, up to the cap, from the platform's own balance: one TrialPayout
 * row (key `trial-payout:<contractId>`) with its settle job, written in this transaction.
 */
export async function endInTrial(tx: Transaction, options: { contractId: string; now: Date; payoutCapCents: number }) {
  const { contractId, now } = options;
  const held = await tx.milestone.findMany({
    // Fixed-price milestones only: an hourly week is charged once its hours are approved, so it holds approved work.
    where: { contractId, kind: "FIXED", status: { in: ["FUNDED", "CHANGES_REQUESTED", "SUBMITTED"] } },
    orderBy: { position: "asc" },
    select: { id: true, status: true, amountCents: true, releasedCents: true, currency: true, contract: { select: { platformFeeBps: true, currency: true } } },
  });
  const refunded: string[] = [];
  let submittedCents = 0;
  for (const milestone of held) {
    if (!(await refundHeldMilestone(tx, milestone, { from: [milestone.status], reason: TRIAL_REFUND_REASON, now }))) continue;
    refunded.push(milestone.id);
    // What the client released of it already is the expert's: the platform pays for the rest only.
    if (milestone.status === "SUBMITTED") submittedCents += heldCents(milestone);
  }
  const amountCents = trialPayoutCents(submittedCents, options.payoutCapCents);
  if (amountCents > 0) {
    const currency = held[0].contract.currency;
    await tx.trialPayout.create({ data: { contractId, amountCents, submittedCents, currency, idempotencyKey: `trial-payout:${contractId}` } });
    await enqueueJobs(tx, [
      {
        kind: "payments.settle-trial-payout",
        payload: { contractId },
        runAt: new Date(now.getTime() + 60_000),
        dedupeKey: `settle:trial-payout:${contractId}`,
      },
    ]);
  }
  return { refunded, trialPayoutCents: amountCents };
}
