import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { can } from "@/lib/teams/permissions";

export type SavedForRequest = Awaited<ReturnType<typeof savedExpertsForRequest>>;

/**
 * What a request page needs of the company's saved list: which experts are saved (for the shortlist's
 * Save toggles) and the saved experts not yet on this request, who may be invited while it matches.
 */
export async function savedExpertsForRequest({ user, requestId }: { user: SessionUser; requestId: string }) {
  if (user.role !== "CLIENT" || !user.companyId) return { savedIds: [] as string[], invitable: [], canSave: false, canInvite: false };
  const rows = await db.savedExpert.findMany({
    where: { companyId: user.companyId, expertProfile: { user: { deletedAt: null } } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      expertProfile: {
        select: {
          id: true,
          headline: true,
          isAvailable: true,
          vettingStatus: true,
          user: { select: { name: true, suspendedAt: true } },
          matches: { where: { requestId }, select: { id: true } },
        },
      },
    },
  });
  return {
    savedIds: rows.map((row) => row.expertProfile.id),
    invitable: rows
      .filter((row) => row.expertProfile.matches.length === 0)
      .map(({ expertProfile: profile }) => ({
        expertProfileId: profile.id,
        name: profile.user.name,
        headline: profile.headline,
        isAvailable: profile.vettingStatus === "APPROVED" && profile.isAvailable && !profile.user.suspendedAt,
      })),
    canSave: can(user, "manageRequests"),
    canInvite: can(user, "manageRequests"),
  };
}
