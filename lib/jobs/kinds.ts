import { z } from "zod";

// Every kind of job and the payload it carries, in one place. A payload is checked against its kind
// when it is queued (at compile time and again at run time: a misfit is a bug in the caller, thrown)
// and when a worker claims it (a stored payload that no longer fits fails its job, saying why), so a
// handler only ever sees the payload its kind promises. Kinds and payloads are stored in the jobs
// table: a rename or a new required field needs the queued jobs migrated with it.

const id = z.string().min(1);
/** The submission a milestone timer belongs to, as milestones.submittedAt.toISOString() wrote it. */
const submittedAt = z.iso.datetime();

const PAYLOAD_SCHEMAS = {
  "matching.invite-round": z.object({ requestId: id }),
  "matching.expire-invitation": z.object({ matchId: id }),
  "matching.at-risk": z.object({ requestId: id }),
  "matching.deadline": z.object({ requestId: id }),
  "chat.unread-email": z.object({ conversationId: id, userId: id }),
  "payments.release-reminder": z.object({ milestoneId: id, submittedAt, daysLeft: z.string().regex(/^\d+$/) }),
  "payments.auto-release": z.object({ milestoneId: id, submittedAt }),
  "payments.settle-milestone": z.object({ milestoneId: id }),
  "payments.charge-saved-card": z.object({ milestoneId: id }),
  "contracts.apply-hourly-terms": z.object({ contractId: id }),
  "payments.settle-trial-payout": z.object({ contractId: id }),
  "contracts.end-refund-deadline": z.object({ milestoneId: id }),
  "stripe.process-event": z.object({ eventId: id }),
  "jobs.prune-completed": z.object({}),
  "notifications.message-digest": z.object({}),
  "privacy.build-export": z.object({ exportId: id }),
  "privacy.expire-exports": z.object({}),
  "requests.delete-expired-guest-drafts": z.object({}),
  "files.delete-orphans": z.object({}),
  "statements.build-statement": z.object({ statementId: id }),
  "ledger-exports.build-export": z.object({ exportId: id }),
  "documents.render-invoice": z.object({ invoiceId: id }),
  "reviews.close-windows": z.object({}),
  "timesheets.close-week": z.object({ weekId: id }),
  "timesheets.auto-approve-week": z.object({ weekId: id }),
  "timesheets.release-week": z.object({ weekId: id }),
  "timesheets.advance-weeks": z.object({}),
  "disputes.response-reminder": z.object({ disputeId: id, daysLeft: z.string().regex(/^\d+$/) }),
  "disputes.response-deadline": z.object({ disputeId: id }),
  "interviews.remind": z.object({ interviewId: id, startsAt: z.iso.datetime() }),
} as const;

type Payloads = { [Kind in keyof typeof PAYLOAD_SCHEMAS]: z.output<(typeof PAYLOAD_SCHEMAS)[Kind]> };
export type JobKind = keyof Payloads;
export type JobPayload<Kind extends JobKind> = Payloads[Kind];

/** The same schemas, typed so that the schema of any one kind parses to that kind's payload. */
export const JOB_PAYLOADS: { readonly [Kind in JobKind]: z.ZodType<JobPayload<Kind>> } = PAYLOAD_SCHEMAS;

export const isJobKind = (kind: string): kind is JobKind => Object.hasOwn(JOB_PAYLOADS, kind);

export const JOB_KINDS = Object.keys(JOB_PAYLOADS) as JobKind[];

/**
 * Kinds of which the queue keeps one job (periodic-jobs.ts), with an empty payload, that never
 * completes: after each run it is queued again this many milliseconds later.
 */
const PERIODIC_JOB_INTERVALS = {
  "jobs.prune-completed": 10 * 60_000,
  "privacy.expire-exports": 10 * 60_000,
  "notifications.message-digest": 15 * 60_000,
  "requests.delete-expired-guest-drafts": 60 * 60_000,
  "files.delete-orphans": 60 * 60_000,
  "reviews.close-windows": 15 * 60_000,
  // Weeks whose charge landed after their review window: released (or their dispute opened) within a minute.
  "timesheets.advance-weeks": 60_000,
} as const satisfies Partial<Record<JobKind, number>>;

export type PeriodicJobKind = keyof typeof PERIODIC_JOB_INTERVALS;
export const PERIODIC_JOB_KINDS = Object.keys(PERIODIC_JOB_INTERVALS) as PeriodicJobKind[];
const isPeriodicJobKind = (kind: string): kind is PeriodicJobKind => Object.hasOwn(PERIODIC_JOB_INTERVALS, kind);

/** When a periodic job runs next after a run at `now`; null for every other kind. */
export function nextRunOf(kind: string, now: Date): Date | null {
  return isPeriodicJobKind(kind) ? new Date(now.getTime() + PERIODIC_JOB_INTERVALS[kind]) : null;
}

export class InvalidJobPayloadError extends Error {
  constructor(kind: string, problem: string) {
    super(`The payload of this "${kind}" job does not fit its kind: ${problem}`);
    this.name = "InvalidJobPayloadError";
  }
}

/** The payload as its kind declares it, or an InvalidJobPayloadError that says what does not fit. */
export function parseJobPayload<Kind extends JobKind>(kind: Kind, payload: unknown): JobPayload<Kind> {
  const parsed = JOB_PAYLOADS[kind].safeParse(payload);
  if (!parsed.success) {
    throw new InvalidJobPayloadError(kind, parsed.error.issues.map((issue) => `${issue.path.join(".") || "the payload"}: ${issue.message}`).join("; "));
  }
  return parsed.data;
}
