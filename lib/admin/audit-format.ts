import { type AuditAction, isAuditAction } from "@/lib/audit/actions";

// How an audit entry reads in the console: the action in words and its data in one line. Pure, so the
// same words appear wherever an entry is shown.

/** Words for every action on lib/audit/actions.ts's list: a new action fails type checking until it has them. */
const ACTION_WORDS: Record<AuditAction, string> = {
  "account.created": "Created an account",
  "account.deleted": "Deleted their own account",
  "account.password-reset": "Reset the password through an emailed link",
  "account.password-changed": "Changed the password",
  "account.email-verified": "Confirmed the email address",
  "account.email-change-requested": "Asked to change the email address",
  "account.email-changed": "Changed the email address",
  "account.sessions-revoked": "Signed out of every other device",
  "two-factor.enabled": "Turned on two-factor authentication",
  "two-factor.disabled": "Turned off two-factor authentication",
  "two-factor.recovery-codes-regenerated": "Replaced the two-factor recovery codes",
  "two-factor.recovery-code-used": "Used a two-factor recovery code",
  "user.suspended": "Suspended the account",
  "user.reinstated": "Reinstated the account",
  "ledger.checked": "Ran the ledger check",
  "ledger.exported": "Exported ledger entries or payouts as CSV",
  "request.created": "Created a request",
  "request.submitted": "Submitted a request for matching",
  "request.cancelled": "Cancelled a request",
  "matching.hand-picked": "Hand-picked an expert",
  "contract.proposed": "Proposed a contract",
  "contract.accepted": "Accepted a contract",
  "contract.declined": "Declined a contract",
  "contract.withdrawn": "Withdrew a proposal",
  "contract.reviewed": "Reviewed the other side of a contract",
  "contract.ended": "Ended a contract",
  "contract.end-refund-agreed": "Agreed to refund work not submitted (or let the deadline pass)",
  "contract.end-refund-disputed": "Disputed the refund of an ended contract",
  "contract.replacement-requested": "Asked for a replacement expert",
  "expert.saved": "Saved an expert",
  "expert.unsaved": "Removed an expert from the saved list",
  "matching.saved-expert-invited": "Invited a saved expert to a request",
  "milestone.submitted": "Submitted a milestone",
  "milestone.changes-requested": "Asked for changes to a milestone",
  "milestone.approved": "Approved and released a milestone",
  "milestone.auto-release": "Released a milestone automatically",
  "milestone.cancelled": "Cancelled a milestone",
  "milestone.removed": "Removed an unfunded milestone",
  "milestone.funding-started": "Started funding a milestone",
  "milestone.part-released": "Released part of a milestone",
  "bonus.started": "Started paying a bonus",
  "amendment.proposed": "Proposed a contract change",
  "amendment.accepted": "Accepted a contract change",
  "amendment.declined": "Declined a contract change",
  "amendment.withdrawn": "Withdrew a contract change",
  "amendment.superseded": "A contract change was overtaken by a payment",
  "amendment.terms-applied": "New hourly terms took effect",
  "milestone.week-released": "Released an approved week of hours",
  "timesheet.approved": "Approved a week of hours",
  "timesheet.auto-approved": "Approved a week of hours automatically (the review window ended)",
  "timesheet.disputed": "Disputed a week of hours",
  "dispute.opened": "Opened a dispute",
  "dispute.resolved": "Resolved a dispute",
  "dispute.responded": "Responded to a dispute",
  "dispute.evidence-added": "Added evidence to a dispute",
  "dispute.reminder-sent": "Reminded the other side of a dispute to respond",
  "dispute.response-missed": "Sent a dispute to decision: no response by the deadline",
  "payment.held-for-review": "Held a payment for review (it did not match what was asked for)",
  "payment.review-refunded": "Refunded a payment held for review",
  "application.submitted": "Submitted an application",
  "application.reapplied": "Re-applied after a rejection",
  "profile.updated": "Updated the expert profile",
  "vetting.decided": "Decided on an applicant",
  "vetting.interview-scheduled": "Scheduled an interview",
  "vetting.interview-rescheduled": "Rescheduled an interview",
  "vetting.interview-recorded": "Recorded interview results",
  "vetting.skill-verified": "Verified a skill",
  "vetting.skill-unverified": "Took back a skill's verification",
  "job.retried": "Retried a failed job",
  "job.discarded": "Discarded a failed job",
  "sso.linked": "Linked a sign-in provider",
  "sso.unlinked": "Unlinked a sign-in provider",
  "sso.signed-in": "Signed in with a sign-in provider",
  "sso.requirement-changed": "Changed the company's single sign-on requirement",
  "team.invited": "Invited a colleague",
  "team.invitation-resent": "Sent an invitation again",
  "team.invitation-revoked": "Revoked an invitation",
  "team.joined": "Joined the company",
  "team.role-changed": "Changed a member's role",
  "billing.details-updated": "Changed the company's billing details",
  "billing.card-saved": "Saved the company's card for charges",
  "payment.charge-declined": "A charge to the saved card was declined",
  "contract.charges-failing": "Charges to the saved card failed their last retry",
  "team.member-removed": "Removed a member",
  "team.left": "Left the company",
  "api-token.created": "Created an API token",
  "api-token.revoked": "Revoked an API token",
  "interview.proposed": "Proposed an interview with a shortlisted expert",
  "interview.rescheduled": "Offered new interview times",
  "interview.other-times-requested": "Asked for other interview times",
  "interview.confirmed": "Confirmed an interview time",
  "interview.cancelled": "Cancelled an interview",
};

/** "dispute.resolved" → "Resolved a dispute"; an action no longer on the list → "Vetting: advanced". */
export function describeAction(action: string): string {
  if (isAuditAction(action)) return ACTION_WORDS[action];
  const [domain, ...rest] = action.split(".");
  const what = rest.join(" ").replaceAll("-", " ");
  const title = domain.charAt(0).toUpperCase() + domain.slice(1);
  return what ? `${title}: ${what}` : title;
}

// Keys whose values are never shown, even though nothing should write them into the audit log.
const SECRET_KEY = /password|secret|token|hash|api.?key|card/i;
const MAX_VALUE_LENGTH = 140;

/** `{ reason: "Spam", releaseCents: 100 }` → `reason: "Spam" · releaseCents: 100`, secrets left out, long values cut. */
export function summarizeData(data: unknown): string {
  if (!data || typeof data !== "object" || Array.isArray(data)) return "";
  return Object.entries(data)
    .filter(([key, value]) => !SECRET_KEY.test(key) && value !== null && value !== undefined)
    .map(([key, value]) => `${key}: ${shorten(formatValue(value))}`)
    .join(" · ");
}

const formatValue = (value: unknown): string =>
  value && typeof value === "object" && !Array.isArray(value) ? `{ ${summarizeData(value)} }` : JSON.stringify(value);

const shorten = (text: string) => (text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text);
