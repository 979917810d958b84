import { DEFAULT_WEIGHTS, scoreCandidate } from "./score";
import type { CandidateFeatures, MatchRequestProfile, RankedCandidate, ScoreWeights } from "./types";

export type RankOptions = { weights?: ScoreWeights; now: Date };

/** Best first. Equal totals go to the expert invited less lately, then by id, so a re-run ranks identically. */
export function rankCandidates(
  request: MatchRequestProfile,
  candidates: readonly CandidateFeatures[],
  { weights = DEFAULT_WEIGHTS, now }: RankOptions,
): RankedCandidate[] {
  return candidates
    .map((candidate) => ({ ...candidate, score: scoreCandidate(request, candidate, weights, now) }))
    .sort(
      (a, b) =>
        b.score.total - a.score.total ||
        a.invitationsLast30Days - b.invitationsLast30Days ||
        (a.expertProfileId < b.expertProfileId ? -1 : a.expertProfileId > b.expertProfileId ? 1 : 0),
    );
}
