import type { Transaction } from "@/lib/db";

/**
 * A deleted expert's profile: what they wrote about themselves is erased and they are never matched
 * again (unavailable, no skills) nor shown on public pages (not named, no country, no public profile
 * address, no portfolio). The profile row stays: contracts, reviews and payouts point at it,
 * and so does its Stripe account id, which accounting needs. Open invitations are declined (returns
 * the requests that lost one, so matching can invite someone else), and shortlists they are on pass
 * them over, as when the client hires someone else.
 */
export async function eraseExpertProfile(tx: Transaction, userId: string): Promise<string[]> {
  const profile = await tx.expertProfile.findUnique({ where: { userId }, select: { id: true } });
  if (!profile) return [];
  await tx.expertProfile.update({
    where: { id: profile.id },
    data: {
      headline: "",
      bio: "",
      links: [],
      answers: {},
      timezone: null,
      utcOffsetMinutes: null,
      weeklyAvailableHours: null,
      isAvailable: false,
      publicProfile: false,
      publicSlug: null,
      // The photo file itself is the user's upload: account deletion erases it with their other files.
      photoFileId: null,
      country: null,
      // The payout country and currency stay with the Stripe account id; what Stripe still wanted does not.
      payoutRequirements: [],
      payoutNudgedAt: null,
    },
    select: { id: true },
  });
  await tx.expertSkill.deleteMany({ where: { expertProfileId: profile.id } });
  // Portfolio files are the user's uploads: detached first, so that account deletion erases them (objects
  // included) with their other files instead of the rows vanishing with the items.
  await tx.storedFile.updateMany({ where: { portfolioItem: { expertProfileId: profile.id } }, data: { portfolioItemId: null } });
  await tx.portfolioItem.deleteMany({ where: { expertProfileId: profile.id } });
  await tx.interview.deleteMany({ where: { expertProfileId: profile.id } });
  await tx.vettingDecision.updateMany({ where: { expertProfileId: profile.id }, data: { notes: "", reason: null, scores: {} } });
  const open = await tx.match.findMany({ where: { expertProfileId: profile.id, status: "INVITED" }, select: { id: true, requestId: true } });
  await tx.match.updateMany({
    where: { id: { in: open.map((match) => match.id) }, status: "INVITED" },
    data: { status: "DECLINED", declineReason: "The expert deleted their account." },
  });
  await tx.match.updateMany({ where: { expertProfileId: profile.id, status: "SHORTLISTED" }, data: { status: "PASSED" } });
  return [...new Set(open.map((match) => match.requestId))];
}
