import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { viewableExpertProfileWhere } from "@/lib/parties/expert-profile-viewers";
import { assertCan } from "@/lib/teams/assert-can";
import { can } from "@/lib/teams/permissions";

// A company's saved experts. Saving is for the roles that hire (manageRequests: owners and hiring
// managers), from any shortlist, contract or profile the company may see; every member sees the list.
// The list is the company's, shared by its members; who saved whom is kept for the privacy export.

function companyIdOf(user: SessionUser) {
  if (!user.companyId) throw forbidden("Only members of a company can save experts.");
  return user.companyId;
}

/** Saves the expert for the user's company; saving one already saved changes nothing. */
export async function saveExpert({ user, expertProfileId, now }: { user: SessionUser; expertProfileId: string; now: Date }) {
  assertCan(user, "manageRequests");
  const companyId = companyIdOf(user);
  const expert = await db.expertProfile.findFirst({ where: { id: expertProfileId, ...viewableExpertProfileWhere(user) }, select: { id: true } });
  if (!expert) throw notFound("Expert");
  await db.$transaction(async (tx) => {
    const { count } = await tx.savedExpert.createMany({ data: [{ companyId, expertProfileId, savedById: user.id, createdAt: now }], skipDuplicates: true });
    if (count) {
      await recordAudit(tx, { actorId: user.id, companyId: companyOf(user), action: "expert.saved", targetType: "ExpertProfile", targetId: expertProfileId });
    }
  });
  return { expertProfileId, isSaved: true };
}

/**
 * Removes the expert from the company's saved list; removing one not on it changes nothing. An expert
 * neither on the list nor visible to the company is a 404, as for saving.
 */
export async function unsaveExpert({ user, expertProfileId }: { user: SessionUser; expertProfileId: string }) {
  assertCan(user, "manageRequests");
  const companyId = companyIdOf(user);
  const count = await db.$transaction(async (tx) => {
    const removed = await tx.savedExpert.deleteMany({ where: { companyId, expertProfileId } });
    if (removed.count) {
      await recordAudit(tx, { actorId: user.id, companyId: companyOf(user), action: "expert.unsaved", targetType: "ExpertProfile", targetId: expertProfileId });
    }
    return removed.count;
  });
  if (count === 0 && !(await db.expertProfile.count({ where: { id: expertProfileId, ...viewableExpertProfileWhere(user) } }))) throw notFound("Expert");
  return { expertProfileId, isSaved: false };
}

/** Which of these experts the viewer's company has saved (for the Save toggles); empty for anyone else. */
export async function savedAmong(user: SessionUser, expertProfileIds: string[]): Promise<Set<string>> {
  if (user.role !== "CLIENT" || !user.companyId || !expertProfileIds.length) return new Set();
  const rows = await db.savedExpert.findMany({
    where: { companyId: user.companyId, expertProfileId: { in: expertProfileIds } },
    select: { expertProfileId: true },
  });
  return new Set(rows.map((row) => row.expertProfileId));
}

/** The Save toggle's state on a page about one expert: null for viewers who may not save. */
export async function saveStateFor(user: SessionUser, expertProfileId: string): Promise<{ isSaved: boolean } | null> {
  if (user.role !== "CLIENT" || !can(user, "manageRequests")) return null;
  return { isSaved: (await savedAmong(user, [expertProfileId])).has(expertProfileId) };
}
