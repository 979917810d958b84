import type { Role, VettingStatus } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import type { Transaction } from "@/lib/db";
import { env } from "@/lib/env";
import { SECURITY_EMAIL_FOOTER, withFooter } from "@/lib/notifications/email-footer";

// What suspending and reinstating share: who may be suspended, the expert profile's vetting status
// following the account, and the audit row and email written in the same transaction.

export const ACCOUNT_ACTIONS = { suspended: "user.suspended", reinstated: "user.reinstated" } as const;

export const ACCOUNT_TARGET_SELECT = {
  id: true,
  name: true,
  email: true,
  role: true,
  suspendedAt: true,
  expertProfile: { select: { id: true, vettingStatus: true } },
} as const;

/** An account as the console lists and shows it. */
export const ACCOUNT_SUMMARY_SELECT = {
  id: true,
  name: true,
  email: true,
  role: true,
  createdAt: true,
  lastSignInAt: true,
  suspendedAt: true,
  suspensionReason: true,
  deletedAt: true,
} as const;

/** What the console offers for a user: admins (yourself included) are never suspended from it. */
export function accountActionsFor(admin: SessionUser, target: { id: string; role: Role; suspendedAt: Date | null; deletedAt?: Date | null }) {
  const isSuspended = target.suspendedAt !== null;
  if (target.deletedAt) return { canSuspend: false, canReinstate: false };
  return { canSuspend: !isSuspended && target.role !== "ADMIN" && target.id !== admin.id, canReinstate: isSuspended };
}

export type AccountStatusResult = {
  userId: string;
  suspendedAt: Date | null;
  suspensionReason: string | null;
  vettingStatus: VettingStatus | null;
  auditLogId: string;
};

type StatusChange = {
  admin: SessionUser;
  target: { id: string; name: string; email: string; expertProfile: { id: string; vettingStatus: VettingStatus } | null };
  action: (typeof ACCOUNT_ACTIONS)[keyof typeof ACCOUNT_ACTIONS];
  reason: string;
  vetting: { from: VettingStatus; to: VettingStatus };
  httpRequestId?: string;
};

/**
 * Moves an expert's vetting status along with the account (only from `vetting.from`: an applicant
 * still in review keeps their stage), then audits the change and emails the user. The email is written
 * to the outbox directly because notifyUsers skips suspended users, and it is keyed by the audit row.
 */
export async function recordAccountStatusChange(tx: Transaction, change: StatusChange) {
  const { admin, target, action, reason, vetting } = change;
  const profile = target.expertProfile;
  const movesVetting = profile !== null && profile.vettingStatus === vetting.from;
  if (movesVetting) {
    const moved = await tx.expertProfile.updateMany({ where: { id: profile.id, vettingStatus: vetting.from }, data: { vettingStatus: vetting.to } });
    if (moved.count) {
      await tx.vettingDecision.create({ data: { expertProfileId: profile.id, adminId: admin.id, fromStatus: vetting.from, toStatus: vetting.to, reason } });
    }
  }
  const vettingStatus = movesVetting ? vetting.to : (profile?.vettingStatus ?? null);
  const entry = await recordAudit(tx, {
    actorId: admin.id,
    action,
    targetType: "User",
    targetId: target.id,
    data: { reason, ...(movesVetting && { vettingStatus: { from: vetting.from, to: vetting.to } }) },
    requestId: change.httpRequestId ?? null,
  });
  const email = action === ACCOUNT_ACTIONS.suspended ? suspendedEmail(target.name, reason) : reinstatedEmail(target.name, reason);
  await tx.emailOutbox.create({
    data: { toEmail: target.email, subject: email.subject, text: withFooter(email.text, SECURITY_EMAIL_FOOTER), dedupeKey: `${action}:${entry.id}` },
  });
  return { auditLogId: entry.id, vettingStatus };
}

const SUPPORT_EMAIL = "support@vetted.test";

function suspendedEmail(name: string, reason: string) {
  return {
    subject: "Your Vetted account is suspended",
    text: `Hello ${name},\n\nA Vetted admin suspended your account, so you cannot sign in for now.\n\nReason: ${reason}\n\nIf you think this is a mistake, write to ${SUPPORT_EMAIL}.`,
  };
}

function reinstatedEmail(name: string, reason: string) {
  const signIn = new URL("/sign-in", env().NEXTAUTH_URL ?? "http://localhost:3000").toString();
  return {
    subject: "Your Vetted account is active again",
    text: `Hello ${name},\n\nA Vetted admin reinstated your account: you can sign in again at ${signIn}.\n\nNote from the admin: ${reason}`,
  };
}
