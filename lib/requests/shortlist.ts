import { z } from "zod";
import type { SkillLevel } from "@/generated/prisma/enums";
import type { SHORTLIST_STATUSES } from "@/lib/parties/shortlist-statuses";

// The experts a client sees by name: only those on the delivered shortlist (SHORTLIST_STATUSES).
// Invitations that are still open, declined or expired stay anonymous counts, so nobody learns who said no.

const SKILLS_SHOWN = 8;

/** One shortlisted match as lib/requests/get-request.ts reads it. */
export type ShortlistRow = {
  matchId: string;
  status: (typeof SHORTLIST_STATUSES)[number];
  isHandPicked: boolean;
  scoreBreakdown: unknown;
  /** Null when the viewer is not a participant of the match's conversation. */
  conversationId: string | null;
  contractId: string | null;
  expert: {
    /** The expert's profile, for the link to their full profile page. */
    profileId: string;
    photoFileId: string | null;
    name: string;
    headline: string;
    hourlyRateCents: number | null;
    currency: string;
    timezone: string | null;
    isPayoutReady: boolean;
    skills: { skillId: string; name: string; level: SkillLevel; years: number; isVerified: boolean }[];
  };
};

const reasonsSchema = z.object({ reasons: z.array(z.string()) });

/** scoreBreakdown is JSON written by the matching engine ({ total, terms, reasons }) or a hand-pick ({ handPicked, reasons }). */
const reasonsOf = (scoreBreakdown: unknown) => {
  const parsed = reasonsSchema.safeParse(scoreBreakdown);
  return parsed.success ? parsed.data.reasons : [];
};

/** A shortlist entry with why the expert was matched and their skills, the request's own first. */
export function toShortlistEntry({ scoreBreakdown, expert: { photoFileId, ...expert }, ...match }: ShortlistRow, requestSkillIds: ReadonlySet<string>) {
  return {
    ...match,
    reasons: reasonsOf(scoreBreakdown),
    expert: {
      ...expert,
      // The files API checks the viewer may see the profile the photo is on.
      photoUrl: photoFileId ? `/api/v1/files/${photoFileId}/thumbnail` : null,
      skills: expert.skills
        .map(({ skillId, ...skill }) => ({ ...skill, isRequested: requestSkillIds.has(skillId) }))
        // The skills this request asked for first, then the most experienced.
        .sort((a, b) => Number(b.isRequested) - Number(a.isRequested) || b.years - a.years || a.name.localeCompare(b.name))
        .slice(0, SKILLS_SHOWN),
    },
  };
}
