import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/teams/assert-can";

export type RehireCandidate = Awaited<ReturnType<typeof getRehireCandidate>>;

/**
 * What the "Hire again" form needs: the expert, the currency of the company's last contract with them,
 * today's fee, and whether a direct proposal can be sent (hire-again.ts checks the same again). An
 * expert the company never had a contract with is not found here.
 */
export async function getRehireCandidate({ user, expertProfileId }: { user: SessionUser; expertProfileId: string }) {
  assertCan(user, "manageContracts");
  const previous = await db.contract.findFirst({
    where: { companyId: user.companyId ?? "", expertProfileId, acceptedAt: { not: null }, expertProfile: { user: { deletedAt: null } } },
    orderBy: { acceptedAt: "desc" },
    select: {
      currency: true,
      title: true,
      expertProfile: {
        select: {
          headline: true,
          hourlyRateCents: true,
          currency: true,
          vettingStatus: true,
          payoutsEnabled: true,
          user: { select: { name: true, suspendedAt: true } },
        },
      },
    },
  });
  if (!previous) throw notFound("An expert your company has worked with");
  const { expertProfile } = previous;
  const open = await db.contract.findFirst({ where: { companyId: user.companyId ?? "", expertProfileId, status: "PROPOSED" }, select: { id: true } });
  return {
    matchId: null,
    expertProfileId,
    // Hiring again is fixed-price: the hourly fields the proposal form reads are never used here.
    request: {
      id: "",
      title: previous.title,
      status: "MATCHED" as const,
      currency: previous.currency,
      engagement: "FIXED_PRICE" as const,
      hoursPerWeek: null,
      timezone: "UTC",
    },
    expert: {
      name: expertProfile.user.name,
      headline: expertProfile.headline,
      hourlyRateCents: expertProfile.hourlyRateCents,
      currency: expertProfile.currency,
      isPayoutReady: expertProfile.payoutsEnabled,
    },
    platformFeeBps: env().PLATFORM_FEE_BPS,
    hourlyReviewDays: env().HOURLY_REVIEW_DAYS,
    canPropose: true,
    openContractId: open?.id ?? null,
    takesWork: expertProfile.vettingStatus === "APPROVED" && !expertProfile.user.suspendedAt,
  };
}
