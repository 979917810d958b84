import type { Prisma } from "@/generated/prisma/client";
import { isJobKind, type JobKind } from "@/lib/jobs/kinds";

/** What each kind of job does, in the console's words: a new kind fails type checking until it has them. */
const JOB_KIND_WORDS: Record<JobKind, string> = {
  "matching.invite-round": "Invites the next best experts to a request",
  "matching.expire-invitation": "Closes an invitation left unanswered",
  "matching.at-risk": "Alerts admins when a request may miss its 8-hour deadline",
  "matching.deadline": "Delivers the shortlist, or flags the request, at its deadline",
  "chat.unread-email": "Emails messages left unread",
  "payments.release-reminder": "Reminds a client of a milestone that releases automatically",
  "payments.auto-release": "Releases a milestone the client left unanswered for 14 days",
  "payments.settle-milestone": "Sends pending transfers and refunds to Stripe, and books them",
  "payments.charge-saved-card": "Charges a company's saved card for a milestone (an hourly week, a bonus), or retries a declined charge",
  "contracts.apply-hourly-terms": "Moves an hourly contract onto the rate and cap accepted for the week that starts",
  "payments.settle-trial-payout": "Sends a trial payout from the platform's balance to the expert, and books it as platform expense",
  "contracts.end-refund-deadline": "Refunds work not submitted on an ended contract when the expert did not answer in time",
  "stripe.process-event": "Processes a Stripe webhook",
  "jobs.prune-completed": "Deletes completed jobs past their retention",
  "notifications.message-digest": "Sends daily message digests to those who chose them, at 08:00 their time",
  "privacy.build-export": "Builds a user's data export (Download my data)",
  "privacy.expire-exports": "Deletes data exports past their 7 days, and fails abandoned ones",
  "requests.delete-expired-guest-drafts": "Deletes requests visitors started before signing up, once their week is over",
  "files.delete-orphans": "Deletes uploaded files never attached within 24 hours, and rejected ones",
  "reviews.close-windows": "Publishes the reviews of contracts whose review window has closed, and reminds sides that have not reviewed",
  "statements.build-statement": "Builds an expert's monthly earnings statement (PDF and CSV)",
  "ledger-exports.build-export": "Streams an admin's CSV export of ledger entries or payouts into file storage",
  "documents.render-invoice": "Draws a receipt or credit note as a PDF, stores it and emails it to the company's billing people",
  "timesheets.close-week": "Closes an hourly week at the end of Sunday in its time zone and opens its review window",
  "interviews.remind": "Reminds a client and an expert of their interview an hour before it starts",
  "timesheets.auto-approve-week": "Approves a week of hours the client left unanswered until its review window ended",
  "timesheets.release-week": "Releases an approved, charged week of hours to the expert when its review window ends",
  "timesheets.advance-weeks": "Releases approved weeks (or opens disputed weeks' disputes) whose charge landed after their review window",
  "disputes.response-reminder": "Reminds the other side of a dispute to respond before its deadline",
  "disputes.response-deadline": "Sends a dispute to an admin's decision when the other side did not respond in time",
};

/** Null for a kind no longer declared: its jobs are leftovers no worker runs. */
export const describeJobKind = (kind: string) => (isJobKind(kind) ? JOB_KIND_WORDS[kind] : null);

/** The job kind an audit entry about a job recorded in its data (retried and discarded jobs both record it). */
export function jobKindInAuditData(data: Prisma.JsonValue) {
  const kind = data && typeof data === "object" && !Array.isArray(data) ? data.kind : null;
  return typeof kind === "string" ? kind : null;
}
