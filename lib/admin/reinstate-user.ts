import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { announceExpertHirePages } from "@/lib/hire-pages/announce-changes";
import { assertAdmin } from "@/lib/payments/access";
import { ACCOUNT_ACTIONS, ACCOUNT_TARGET_SELECT, type AccountStatusResult, recordAccountStatusChange } from "./account-status";
import type { ReinstateUserInput } from "./schemas";

/** Lifts a suspension: the user can sign in again and a suspended expert is approved (and matched) again. Audited and emailed. */
export async function reinstateUser(options: {
  user: SessionUser;
  userId: string;
  input: ReinstateUserInput;
  httpRequestId?: string;
}): Promise<AccountStatusResult> {
  const { user, userId } = options;
  const { reason } = options.input;
  assertAdmin(user);
  const result = await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: ACCOUNT_TARGET_SELECT });
    if (!target) throw notFound("User");
    const updated = await tx.user.updateMany({ where: { id: userId, suspendedAt: { not: null } }, data: { suspendedAt: null, suspensionReason: null } });
    if (!updated.count) throw conflict(`${target.name} is not suspended. Reload to see the latest state.`);
    const { auditLogId, vettingStatus } = await recordAccountStatusChange(tx, {
      admin: user,
      target,
      action: ACCOUNT_ACTIONS.reinstated,
      reason,
      vetting: { from: "SUSPENDED", to: "APPROVED" },
      httpRequestId: options.httpRequestId,
    });
    return { userId, suspendedAt: null, suspensionReason: null, vettingStatus, auditLogId };
  });
  // A reinstated expert is back on the public hiring pages.
  await announceExpertHirePages(userId);
  return result;
}
