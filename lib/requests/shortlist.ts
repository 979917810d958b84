import { z } from "zod";
import { db } from "@/lib/db";

// The experts a client sees by name: only those on the delivered shortlist. Invitations that are
// still open, declined or expired stay anonymous counts, so nobody learns who said no.

export const SHORTLIST_STATUSES = ["SHORTLISTED", "HIRED", "PASSED"] as const;
const SKILLS_SHOWN = 8;

const reasonsSchema = z.object({ reasons: z.array(z.string()) });

/** scoreBreakdown is JSON written by the matching engine ({ total, terms, reasons }) or a hand-pick ({ handPicked, reasons }). */
const reasonsOf = (scoreBreakdown: unknown) => {
  const parsed = reasonsSchema.safeParse(scoreBreakdown);
  return parsed.success ? parsed.data.reasons : [];
};

/** `viewerId`: the conversation link is shown only to a participant (the client who raised the request). */
export async function findShortlist(request: { id: string; skillIds: ReadonlySet<string> }, viewerId: string) {
  const matches = await db.match.findMany({
    where: { requestId: request.id, status: { in: [...SHORTLIST_STATUSES] } },
    orderBy: [{ rank: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      status: true,
      isHandPicked: true,
      scoreBreakdown: true,
      conversation: { select: { id: true, participants: { where: { userId: viewerId }, select: { userId: true } } } },
      contract: { select: { id: true } },
      expertProfile: {
        select: {
          headline: true,
          hourlyRateCents: true,
          currency: true,
          timezone: true,
          user: { select: { name: true } },
          skills: { select: { skillId: true, level: true, years: true, verifiedAt: true, skill: { select: { name: true } } } },
        },
      },
    },
  });
  return matches.map(({ id, status, isHandPicked, scoreBreakdown, conversation, contract, expertProfile }) => ({
    matchId: id,
    status: status as (typeof SHORTLIST_STATUSES)[number],
    isHandPicked,
    /** Opened when the shortlist is delivered; null when the viewer is not in it (a colleague of the client). */
    conversationId: conversation?.participants.length ? conversation.id : null,
    /** The open proposal or the contract with this expert; a withdrawn or declined proposal lets go of its match. */
    contractId: contract?.id ?? null,
    reasons: reasonsOf(scoreBreakdown),
    expert: {
      name: expertProfile.user.name,
      headline: expertProfile.headline,
      hourlyRateCents: expertProfile.hourlyRateCents,
      currency: expertProfile.currency,
      timezone: expertProfile.timezone,
      skills: expertProfile.skills
        .map((skill) => ({
          name: skill.skill.name,
          level: skill.level,
          years: skill.years,
          isVerified: skill.verifiedAt !== null,
          isRequested: request.skillIds.has(skill.skillId),
        }))
        // The skills this request asked for first, then the most experienced.
        .sort((a, b) => Number(b.isRequested) - Number(a.isRequested) || b.years - a.years || a.name.localeCompare(b.name))
        .slice(0, SKILLS_SHOWN),
    },
  }));
}
