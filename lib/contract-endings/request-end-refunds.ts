import type { Transaction } from "@/lib/db";
import { enqueueJobs } from "@/lib/jobs/queue";

const DAY_MS = 86_400_000;

/**
 * Funded work the expert has not submitted — FUNDED, or CHANGES_REQUESTED (the client turned the last
 * submission down and nothing new is in) — is held for work that will not come: the client asks for it
 * back. The expert agrees or disputes before the deadline; a timer at the deadline agrees for them.
 */
export async function requestEndRefunds(tx: Transaction, options: { contractId: string; now: Date; consentDays: number }) {
  const { contractId, now } = options;
  // Fixed-price milestones only: a charged hourly week holds approved hours and is released as usual.
  const unsubmitted = await tx.milestone.findMany({
    where: { contractId, kind: "FIXED", status: { in: ["FUNDED", "CHANGES_REQUESTED"] } },
    select: { id: true },
  });
  if (!unsubmitted.length) return 0;
  const consentDeadline = new Date(now.getTime() + options.consentDays * DAY_MS);
  await tx.endRefundRequest.createMany({
    data: unsubmitted.map((milestone) => ({ contractId, milestoneId: milestone.id, consentDeadline })),
    skipDuplicates: true,
  });
  await enqueueJobs(
    tx,
    unsubmitted.map((milestone) => ({
      kind: "contracts.end-refund-deadline" as const,
      payload: { milestoneId: milestone.id },
      runAt: consentDeadline,
      dedupeKey: `end-refund-deadline:${milestone.id}`,
    })),
  );
  return unsubmitted.length;
}
