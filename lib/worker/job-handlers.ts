import { applyHourlyTerms } from "@/lib/amendments/apply-hourly-terms";
import { sendUnreadEmail } from "@/lib/chat/send-unread-email";
import { agreeEndRefundBySilence } from "@/lib/contract-endings/answer-end-refund";
import { closeResponseWindow, sendResponseReminder } from "@/lib/disputes/response-timers";
import { env } from "@/lib/env";
import { deleteOrphanFiles } from "@/lib/files/delete-orphans";
import { remindInterview } from "@/lib/interviews/remind-interview";
import { renderInvoice } from "@/lib/invoices/render";
import { pruneCompletedJobs } from "@/lib/jobs/prune-completed-jobs";
import type { JobHandlers } from "@/lib/jobs/run-due-jobs";
import { buildLedgerExport } from "@/lib/ledger-exports/build-export";
import { logger } from "@/lib/logger";
import { expireInvitation } from "@/lib/matching/expire-invitation";
import { runInviteRound } from "@/lib/matching/run-invite-round";
import { alertIfAtRisk, closeMatchingWindow } from "@/lib/matching/sla-timers";
import { runAutoRelease, sendReleaseReminder } from "@/lib/milestones/auto-release-jobs";
import { sendMessageDigests } from "@/lib/notifications/send-message-digests";
import { chargeSavedCard } from "@/lib/payments/charge-saved-card";
import { settleMilestone } from "@/lib/payments/settle-milestone";
import { settleTrialPayout } from "@/lib/payments/settle-trial-payout";
import { processStripeEvent } from "@/lib/payments/webhooks";
import { buildDataExport } from "@/lib/privacy/build-export";
import { expireDataExports } from "@/lib/privacy/expire-exports";
import { deleteExpiredGuestDrafts } from "@/lib/request-drafts/delete-expired-guest-drafts";
import { closeReviewWindows, sendReviewReminders } from "@/lib/reviews/close-review-windows";
import { buildStatement } from "@/lib/statements/build-statement";
import { advanceWeeks } from "@/lib/timesheets/advance-weeks";
import { closeWeek } from "@/lib/timesheets/close-week";
import { releaseWeek } from "@/lib/timesheets/release-week";
import { autoApproveWeek } from "@/lib/timesheets/review-week";
import { generatedDocumentStore } from "./document-store";

// What the worker runs for each kind of job. It sits above every room that queues jobs, so the queue
// itself (lib/jobs/) imports none of them.

export const JOB_HANDLERS: JobHandlers = {
  "matching.invite-round": async ({ requestId }, now) => void (await runInviteRound({ requestId, now })),
  "matching.expire-invitation": async ({ matchId }, now) => void (await expireInvitation({ matchId, now })),
  "matching.at-risk": async ({ requestId }, now) => void (await alertIfAtRisk({ requestId, now })),
  "matching.deadline": async ({ requestId }, now) => void (await closeMatchingWindow({ requestId, now })),
  "chat.unread-email": async ({ conversationId, userId }) => sendUnreadEmail({ conversationId, userId }),
  "payments.release-reminder": async ({ milestoneId, submittedAt, daysLeft }) => sendReleaseReminder({ milestoneId, submittedAt, daysLeft }),
  "payments.auto-release": async ({ milestoneId, submittedAt }, now) => runAutoRelease({ milestoneId, submittedAt }, now),
  "payments.settle-milestone": async ({ milestoneId }) => settleMilestone(milestoneId),
  "payments.charge-saved-card": async ({ milestoneId }, now) => void (await chargeSavedCard({ milestoneId, now })),
  "contracts.apply-hourly-terms": async ({ contractId }, now) => applyHourlyTerms({ contractId }, now),
  "payments.settle-trial-payout": async ({ contractId }) => void (await settleTrialPayout(contractId)),
  "contracts.end-refund-deadline": async ({ milestoneId }, now) => void (await agreeEndRefundBySilence({ milestoneId, now })),
  "stripe.process-event": async ({ eventId }) => processStripeEvent(eventId),
  "documents.render-invoice": async ({ invoiceId }, now) => renderInvoice({ invoiceId, now, store: generatedDocumentStore }),
  "jobs.prune-completed": async (_payload, now) => {
    const { deleted, mayHaveMore } = await pruneCompletedJobs({ now, retentionDays: env().JOB_RETENTION_DAYS });
    if (deleted) logger.info({ deleted, mayHaveMore }, "completed jobs past their retention deleted");
  },
  "privacy.build-export": async ({ exportId }, now) => buildDataExport({ exportId, now }),
  "privacy.expire-exports": async (_payload, now) => {
    const { expired, abandoned } = await expireDataExports(now);
    if (expired || abandoned) logger.info({ expired, abandoned }, "data exports expired");
  },
  "statements.build-statement": async ({ statementId }, now) => buildStatement({ statementId, now }),
  "ledger-exports.build-export": async ({ exportId }, now) => buildLedgerExport({ exportId, now }),
  "requests.delete-expired-guest-drafts": async (_payload, now) => {
    const deleted = await deleteExpiredGuestDrafts(now);
    if (deleted) logger.info({ deleted }, "expired guest request drafts deleted");
  },
  "files.delete-orphans": async (_payload, now) => {
    const deleted = await deleteOrphanFiles(now);
    if (deleted) logger.info({ deleted }, "orphaned and rejected files deleted");
  },
  "reviews.close-windows": async (_payload, now) => {
    const { closed, published } = await closeReviewWindows(now);
    const reminded = await sendReviewReminders(now);
    if (closed || reminded) logger.info({ closed, published, reminded }, "review windows closed and reminders sent");
  },
  "timesheets.close-week": async ({ weekId }, now) => closeWeek({ weekId, now }),
  "timesheets.auto-approve-week": async ({ weekId }, now) => void (await autoApproveWeek({ weekId, now })),
  "timesheets.release-week": async ({ weekId }, now) => void (await releaseWeek({ weekId, now })),
  "timesheets.advance-weeks": async (_payload, now) => void (await advanceWeeks(now)),
  "disputes.response-reminder": async (payload, now) => sendResponseReminder(payload, now),
  "disputes.response-deadline": async (payload, now) => closeResponseWindow(payload, now),
  "interviews.remind": async ({ interviewId, startsAt }) => void (await remindInterview({ interviewId, startsAt })),
  "notifications.message-digest": async (_payload, now) => {
    const sent = await sendMessageDigests(now);
    if (sent) logger.info({ sent }, "daily message digests queued");
  },
};
