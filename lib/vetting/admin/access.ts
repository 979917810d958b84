import type { VettingStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import type { Transaction } from "@/lib/db";
import { conflict, forbidden, notFound } from "@/lib/errors";

export function assertVettingAdmin(user: SessionUser) {
  if (user.role !== "ADMIN") throw forbidden("Only admins vet applicants.");
}

/**
 * Locks the applicant's row for the rest of the transaction, if it is still in one of `statuses`:
 * work on one applicant is serialized, and a change of stage made meanwhile is seen, not overwritten.
 * Otherwise a conflict (`elsewhere` says why) or, for an unknown id, not found.
 */
export async function lockApplicantIn(tx: Transaction, options: { expertProfileId: string; statuses: readonly VettingStatus[]; now: Date; elsewhere: string }) {
  const { expertProfileId, statuses, now, elsewhere } = options;
  const { count } = await tx.expertProfile.updateMany({ where: { id: expertProfileId, vettingStatus: { in: [...statuses] } }, data: { updatedAt: now } });
  const profile = await tx.expertProfile.findUnique({ where: { id: expertProfileId }, select: { userId: true } });
  if (!profile) throw notFound("Applicant");
  if (count === 0) throw conflict(elsewhere);
  return profile;
}
