// Everything the audit log records, and what it records it about. Entries are written only through
// recordAudit (record-audit.ts); the admin console has words for every action (lib/admin/audit-format.ts),
// so an action added here fails type checking until it can be read there.

export const AUDIT_ACTIONS = [
  "account.created",
  "account.deleted",
  "account.password-reset",
  "account.password-changed",
  "account.email-verified",
  "account.email-change-requested",
  "account.email-changed",
  "account.sessions-revoked",
  "two-factor.enabled",
  "two-factor.disabled",
  "two-factor.recovery-codes-regenerated",
  "two-factor.recovery-code-used",
  "user.suspended",
  "user.reinstated",
  "ledger.checked",
  "request.created",
  "request.submitted",
  "request.cancelled",
  "matching.hand-picked",
  "contract.proposed",
  "contract.accepted",
  "contract.declined",
  "contract.withdrawn",
  "contract.reviewed",
  "milestone.submitted",
  "milestone.changes-requested",
  "milestone.approved",
  "milestone.auto-release",
  "milestone.cancelled",
  "milestone.removed",
  "milestone.funding-started",
  "dispute.opened",
  "dispute.resolved",
  "payment.held-for-review",
  "payment.review-refunded",
  "application.submitted",
  "application.reapplied",
  "profile.updated",
  "vetting.decided",
  "vetting.interview-scheduled",
  "vetting.interview-rescheduled",
  "vetting.interview-recorded",
  "vetting.skill-verified",
  "vetting.skill-unverified",
  "job.retried",
  "job.discarded",
  "sso.linked",
  "sso.unlinked",
  "sso.signed-in",
  "sso.requirement-changed",
  "team.invited",
  "team.invitation-resent",
  "team.invitation-revoked",
  "team.joined",
  "team.role-changed",
  "team.member-removed",
  "team.left",
  "api-token.created",
  "api-token.revoked",
  "billing.details-updated",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(AUDIT_ACTIONS);
/** Stored entries are plain strings: one written before an action was renamed need not be on the list. */
export const isAuditAction = (action: string): action is AuditAction => KNOWN_ACTIONS.has(action);

/** The kinds of record an entry is about; the console links each kind to where an admin can look at it. */
export const AUDIT_TARGET_TYPES = [
  "User",
  "ExpertProfile",
  "HiringRequest",
  "Contract",
  "Milestone",
  "Dispute",
  "Payment",
  "Ledger",
  "Job",
  "Company",
  "TeamInvitation",
] as const;

export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
