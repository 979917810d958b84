import { now } from "@/lib/clock";
import type { Transaction } from "@/lib/db";
import { enqueueJobs } from "@/lib/jobs/queue";

/**
 * Charges a milestone's amount to the client company's saved card, off session, through a job queued
 * in the caller's transaction: the charge exists exactly when the decision to bill was committed, and
 * a second call for the same milestone queues nothing more.
 */
export async function queueSavedCardCharge(tx: Transaction, { milestoneId }: { milestoneId: string }) {
  await enqueueJobs(tx, [{ kind: "payments.charge-saved-card", payload: { milestoneId }, runAt: now(), dedupeKey: `charge-saved-card:${milestoneId}` }]);
}
