import { db } from "@/lib/db";
import { enqueueJobs } from "@/lib/jobs/queue";
import { notifyUsers } from "@/lib/notifications/notify";
import { type MatchingConfig, matchingConfig } from "./config";
import { findCandidates } from "./find-candidates";
import { loadRequestProfile } from "./load-request-profile";
import { lockRequest } from "./lock-request";
import { rankCandidates } from "./rank-candidates";

/**
 * Keeps `invitationsPerRound` invitations outstanding (invited or accepted) while a request is
 * matching: the first round invites the top K, later rounds back-fill declines and expiries with
 * the next best expert not yet invited. Safe to run twice at once: the request row is locked.
 */
export async function runInviteRound(options: { requestId: string; now: Date; config?: MatchingConfig }) {
  const config = options.config ?? matchingConfig();
  const { requestId, now } = options;
  return db.$transaction(
    async (tx) => {
      if ((await lockRequest(tx, requestId)) !== "MATCHING") return { invited: 0 };
      const outstanding = await tx.match.count({ where: { requestId, status: { in: ["INVITED", "ACCEPTED"] } } });
      const needed = config.invitationsPerRound - outstanding;
      if (needed <= 0) return { invited: 0 };

      const profile = await loadRequestProfile(tx, requestId, now);
      const candidates = await findCandidates(profile, { now, limit: config.candidatePoolLimit });
      const ranked = rankCandidates(profile, candidates, { now }).slice(0, needed);
      if (!ranked.length) return { invited: 0 };

      const alreadyRanked = await tx.match.count({ where: { requestId } });
      const expiresAt = new Date(now.getTime() + config.invitationTtlMs);
      const matches = await tx.match.createManyAndReturn({
        data: ranked.map((candidate, index) => ({
          requestId,
          expertProfileId: candidate.expertProfileId,
          status: "INVITED" as const,
          score: candidate.score.total,
          scoreBreakdown: candidate.score,
          rank: alreadyRanked + index + 1,
          invitedAt: now,
          expiresAt,
        })),
        select: { id: true, expertProfileId: true },
      });
      await tx.expertProfile.updateMany({
        where: { id: { in: matches.map((match) => match.expertProfileId) } },
        data: { invitationsReceived: { increment: 1 }, lastInvitedAt: now },
      });
      await enqueueJobs(
        tx,
        matches.map((match) => ({
          kind: "matching.expire-invitation" as const,
          payload: { matchId: match.id },
          runAt: expiresAt,
          dedupeKey: `expire:${match.id}`,
        })),
      );
      const request = await tx.hiringRequest.findUniqueOrThrow({ where: { id: requestId }, select: { title: true } });
      await notifyUsers(
        tx,
        ranked.map((candidate) => candidate.userId),
        {
          kind: "invitation.received",
          title: `New invitation: ${request.title}`,
          body: `You were matched with "${request.title}". Accept or decline within ${Math.round(config.invitationTtlMs / 60_000)} minutes.`,
          link: "/expert/invitations",
          dedupeKey: `invitation:${requestId}:${alreadyRanked}`,
        },
      );
      return { invited: matches.length };
    },
    { timeout: 30_000 },
  );
}
