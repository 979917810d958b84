import type { NotificationPreferenceKind } from "@/generated/prisma/enums";

// The five things a user chooses email for, and which of them every notification kind belongs to.
// In-app notifications are always written; "SECURITY" emails (a locked sign-in, a suspension,
// password resets and address checks) are always sent and say so. Shared with the settings page.

export type PreferenceKind = NotificationPreferenceKind;

export const PREFERENCE_KINDS = ["MESSAGES", "INVITATIONS", "SHORTLISTS", "MONEY", "REMINDERS"] as const satisfies readonly PreferenceKind[];

export const PREFERENCE_WORDS: Record<PreferenceKind, { label: string; description: string; slug: string }> = {
  MESSAGES: { label: "New messages", description: "Messages left unread in your conversations.", slug: "messages" },
  INVITATIONS: {
    label: "Invitations",
    description: "Invitations to hiring requests and interviews, contract offers and their withdrawal.",
    slug: "invitations",
  },
  SHORTLISTS: {
    label: "Shortlists and hiring",
    description: "Shortlists delivered, requests cancelled, contracts accepted, declined and reviewed, reviews published.",
    slug: "shortlists",
  },
  MONEY: { label: "Money moved", description: "Funding, submitted work, releases, refunds and disputes.", slug: "money" },
  REMINDERS: {
    label: "Reminders and updates",
    description: "Approval deadlines, application and vetting updates, and admin alerts.",
    slug: "reminders",
  },
};

export const preferenceKindOfSlug = (slug: string) => PREFERENCE_KINDS.find((kind) => PREFERENCE_WORDS[kind].slug === slug) ?? null;

/** Every kind written through notifyUsers (and the chat's unread email), and what decides its email. */
export const NOTIFICATION_PREFERENCE: Record<string, PreferenceKind | "SECURITY"> = {
  "chat.unread": "MESSAGES",
  "invitation.received": "INVITATIONS",
  "invitation.closed": "INVITATIONS",
  "shortlist.hand-picked": "INVITATIONS",
  "contract.proposed": "INVITATIONS",
  "contract.withdrawn": "INVITATIONS",
  "vetting.interview-scheduled": "INVITATIONS",
  "interview.proposed": "INVITATIONS",
  "interview.other-times-requested": "INVITATIONS",
  "interview.confirmed": "INVITATIONS",
  "interview.cancelled": "INVITATIONS",
  "interview.reminder": "REMINDERS",
  "request.shortlisted": "SHORTLISTS",
  "shortlist.expert-added": "SHORTLISTS",
  "shortlist.passed": "SHORTLISTS",
  "request.cancelled": "SHORTLISTS",
  "contract.accepted": "SHORTLISTS",
  "contract.declined": "SHORTLISTS",
  "contract.reviewed": "SHORTLISTS",
  "contract.ended": "SHORTLISTS",
  "contract.end-refund-requested": "MONEY",
  "contract.end-refund-agreed": "MONEY",
  "contract.trial-payout": "MONEY",
  "review.written": "SHORTLISTS",
  "review.published": "SHORTLISTS",
  "milestone.funded": "MONEY",
  "milestone.submitted": "MONEY",
  "milestone.changes-requested": "MONEY",
  "milestone.released": "MONEY",
  "milestone.refunded": "MONEY",
  "milestone.part-released": "MONEY",
  "bonus.paid": "MONEY",
  "payouts.funding-open": "MONEY",
  "payouts.setup-nudge": "REMINDERS",
  "amendment.proposed": "MONEY",
  "amendment.accepted": "MONEY",
  "amendment.declined": "MONEY",
  "amendment.withdrawn": "MONEY",
  "amendment.superseded": "MONEY",
  "contract.completed": "MONEY",
  "dispute.opened": "MONEY",
  "dispute.resolved": "MONEY",
  "dispute.chargeback": "MONEY",
  "dispute.responded": "MONEY",
  "dispute.evidence-added": "MONEY",
  "dispute.response-missed": "MONEY",
  "dispute.ready": "MONEY",
  "dispute.response-reminder": "REMINDERS",
  "payment.needs-review": "MONEY",
  "payment.charge-declined": "MONEY",
  "payment.review-refunded": "MONEY",
  "invoice.issued": "MONEY",
  "timesheet.in-review": "MONEY",
  "timesheet.approved": "MONEY",
  "timesheet.disputed": "MONEY",
  "milestone.release-reminder": "REMINDERS",
  "review.reminder": "REMINDERS",
  "sla.at-risk": "REMINDERS",
  "sla.breached": "REMINDERS",
  "sla.replacement": "REMINDERS",
  "vetting.application-received": "REMINDERS",
  "vetting.application-submitted": "REMINDERS",
  "account.sign-in-locked": "SECURITY",
  "account.two-factor-enabled": "SECURITY",
  "account.two-factor-disabled": "SECURITY",
  "account.two-factor-recovery-code-used": "SECURITY",
  "account.sign-in-linked": "SECURITY",
  // Asked for by the user, about their account: always sent.
  "privacy.export-ready": "SECURITY",
};

/** Vetting decisions are "vetting.<status>"; a kind not on the list is a reminder rather than unstoppable mail. */
export function preferenceKindOf(kind: string): PreferenceKind | "SECURITY" {
  return NOTIFICATION_PREFERENCE[kind] ?? "REMINDERS";
}
