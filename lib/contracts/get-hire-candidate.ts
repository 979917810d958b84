import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { SHORTLIST_STATUSES } from "@/lib/parties/shortlist-statuses";
import { memberOfCompany } from "@/lib/parties/sides";
import { assertCan } from "@/lib/teams/assert-can";

export type HireCandidate = Awaited<ReturnType<typeof getHireCandidate>>;

/**
 * What the proposal form needs about one shortlisted expert of the company's request: who they are,
 * the request's currency, today's platform fee, and whether a proposal can be sent (or is open already).
 */
export async function getHireCandidate({ user, requestId, matchId }: { user: SessionUser; requestId: string; matchId: string }) {
  assertCan(user, "manageContracts");
  const match = await db.match.findFirst({
    where: { id: matchId, requestId, status: { in: [...SHORTLIST_STATUSES] }, request: { company: memberOfCompany(user, "manageContracts") } },
    select: {
      id: true,
      status: true,
      request: { select: { id: true, title: true, status: true, currency: true, engagement: true, timezone: true, hoursPerWeek: true } },
      expertProfile: { select: { headline: true, hourlyRateCents: true, currency: true, payoutsEnabled: true, user: { select: { name: true } } } },
      contract: { select: { id: true, status: true } },
    },
  });
  if (!match) throw notFound("Shortlisted expert");
  const { request, expertProfile, contract } = match;
  return {
    matchId: match.id,
    request,
    expert: {
      name: expertProfile.user.name,
      headline: expertProfile.headline,
      hourlyRateCents: expertProfile.hourlyRateCents,
      currency: expertProfile.currency,
      isPayoutReady: expertProfile.payoutsEnabled,
    },
    platformFeeBps: env().PLATFORM_FEE_BPS,
    hourlyReviewDays: env().HOURLY_REVIEW_DAYS,
    openContractId: contract?.id ?? null,
    canPropose: request.status === "MATCHED" && match.status === "SHORTLISTED" && !contract,
  };
}
