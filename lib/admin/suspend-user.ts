import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { announceExpertHirePages } from "@/lib/hire-pages/announce-changes";
import { assertAdmin } from "@/lib/payments/access";
import { ACCOUNT_ACTIONS, ACCOUNT_TARGET_SELECT, type AccountStatusResult, recordAccountStatusChange } from "./account-status";
import type { SuspendUserInput } from "./schemas";

/**
 * Suspends a client or an expert: they cannot sign in, their open session stops working at once, and an
 * approved expert is no longer matched (vetting status SUSPENDED). Audited, and the user is emailed the reason.
 */
export async function suspendUser(options: {
  user: SessionUser;
  userId: string;
  input: SuspendUserInput;
  now: Date;
  httpRequestId?: string;
}): Promise<AccountStatusResult> {
  const { user, userId, now } = options;
  const { reason } = options.input;
  assertAdmin(user);
  if (userId === user.id) throw conflict("You cannot suspend your own account.");
  const result = await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: ACCOUNT_TARGET_SELECT });
    if (!target) throw notFound("User");
    if (target.role === "ADMIN") throw forbidden("Admin accounts cannot be suspended from the console.");
    const updated = await tx.user.updateMany({
      where: { id: userId, suspendedAt: null, role: { not: "ADMIN" } },
      data: { suspendedAt: now, suspensionReason: reason },
    });
    if (!updated.count) throw conflict(`${target.name} is already suspended. Reload to see the latest state.`);
    const { auditLogId, vettingStatus } = await recordAccountStatusChange(tx, {
      admin: user,
      target,
      action: ACCOUNT_ACTIONS.suspended,
      reason,
      vetting: { from: "APPROVED", to: "SUSPENDED" },
      httpRequestId: options.httpRequestId,
    });
    return { userId, suspendedAt: now, suspensionReason: reason, vettingStatus, auditLogId };
  });
  // A suspended expert leaves the public hiring pages.
  await announceExpertHirePages(userId);
  return result;
}
