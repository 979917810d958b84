import type { Transaction } from "@/lib/db";
import { enqueueJobs } from "@/lib/jobs/queue";

// A submitted milestone the client does not answer is released automatically after 14 days, with
// reminders at 7 and 12. Each submission has its own timers: a resubmission after changes starts over,
// and a timer from an older submission finds a different submittedAt and does nothing.

const DAY_MS = 86_400_000;
export const AUTO_RELEASE_AFTER_MS = 14 * DAY_MS;
export const RELEASE_REMINDERS_MS = [7 * DAY_MS, 12 * DAY_MS] as const;

export async function scheduleAutoRelease(tx: Transaction, milestone: { id: string; submittedAt: Date }) {
  const submittedAt = milestone.submittedAt.getTime();
  const payload = { milestoneId: milestone.id, submittedAt: milestone.submittedAt.toISOString() };
  await enqueueJobs(tx, [
    ...RELEASE_REMINDERS_MS.map((afterMs) => ({
      kind: "payments.release-reminder" as const,
      payload: { ...payload, daysLeft: String(Math.round((AUTO_RELEASE_AFTER_MS - afterMs) / DAY_MS)) },
      runAt: new Date(submittedAt + afterMs),
      dedupeKey: `release-reminder:${milestone.id}:${submittedAt}:${afterMs}`,
    })),
    {
      kind: "payments.auto-release" as const,
      payload,
      runAt: new Date(submittedAt + AUTO_RELEASE_AFTER_MS),
      dedupeKey: `auto-release:${milestone.id}:${submittedAt}`,
    },
  ]);
}
