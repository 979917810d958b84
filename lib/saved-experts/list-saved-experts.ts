import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { assertCan } from "@/lib/teams/assert-can";
import { can } from "@/lib/teams/permissions";

export type SavedExpertList = Awaited<ReturnType<typeof listSavedExperts>>;

/**
 * The company's saved experts, newest first: headline, rate, published rating, availability, and
 * whether "Hire again" applies (the company has had an accepted contract with them, and they still take
 * work). Deleted accounts are never listed: deletion removes them from every list.
 */
export async function listSavedExperts({ user }: { user: SessionUser }) {
  assertCan(user, "view");
  const companyId = user.companyId;
  if (!companyId) throw forbidden("Only members of a company have saved experts.");
  const rows = await db.savedExpert.findMany({
    where: { companyId, expertProfile: { user: { deletedAt: null } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      createdAt: true,
      savedBy: { select: { name: true } },
      expertProfile: {
        select: {
          id: true,
          headline: true,
          hourlyRateCents: true,
          currency: true,
          ratingCount: true,
          ratingSum: true,
          isAvailable: true,
          weeklyAvailableHours: true,
          vettingStatus: true,
          user: { select: { name: true, suspendedAt: true } },
          contracts: { where: { companyId, acceptedAt: { not: null } }, select: { id: true }, take: 1 },
        },
      },
    },
  });
  const mayHire = can(user, "manageContracts");
  return {
    experts: rows.map(({ createdAt, savedBy, expertProfile: profile }) => {
      const takesWork = profile.vettingStatus === "APPROVED" && !profile.user.suspendedAt;
      return {
        expertProfileId: profile.id,
        name: profile.user.name,
        headline: profile.headline,
        hourlyRateCents: profile.hourlyRateCents,
        currency: profile.currency,
        rating: { average: profile.ratingCount > 0 ? Math.round((profile.ratingSum / profile.ratingCount) * 10) / 10 : null, count: profile.ratingCount },
        isAvailable: takesWork && profile.isAvailable,
        weeklyAvailableHours: profile.weeklyAvailableHours,
        hasWorkedWithCompany: profile.contracts.length > 0,
        canHireAgain: mayHire && takesWork && profile.contracts.length > 0,
        savedAt: createdAt,
        savedByName: savedBy.name,
      };
    }),
  };
}
