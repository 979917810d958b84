import { isValidTimeZone, overlapHours, utcOffsetMinutes } from "@/lib/time/timezones";
import { explainScore } from "./explain";
import {
  availabilityTerm,
  fairnessTerm,
  loadTerm,
  niceToHaveTerm,
  rateFitTerm,
  responsivenessTerm,
  skillsTerm,
  timezoneOverlapTerm,
  trackRecordTerm,
} from "./score-terms";
import type { CandidateFeatures, CandidateSkill, MatchRequestProfile, ScoreBreakdown, ScoreTerm, ScoreWeights } from "./types";

// How much each aspect counts. They sum to 1, so a total is 0..1 like each term.
export const DEFAULT_WEIGHTS: ScoreWeights = {
  skills: 0.28,
  niceToHave: 0.06,
  rateFit: 0.16,
  availability: 0.08,
  timezoneOverlap: 0.1,
  trackRecord: 0.12,
  responsiveness: 0.08,
  load: 0.05,
  fairness: 0.07,
};

export const SCORE_TERMS = Object.keys(DEFAULT_WEIGHTS) as ScoreTerm[];

const SCORE_SCALE = 10_000; // four decimals
const roundScore = (value: number) => Math.round(value * SCORE_SCALE) / SCORE_SCALE;

/**
 * The offset a zone observes at `now` (stored offsets are standard time and miss daylight saving);
 * the stored one when the zone name is unknown.
 */
function offsetAt(timeZone: string, storedOffset: number, now: Date) {
  return isValidTimeZone(timeZone) ? utcOffsetMinutes(timeZone, now) : storedOffset;
}

/** Pure: the same request, candidate, weights and `now` always give the same breakdown. */
export function scoreCandidate(request: MatchRequestProfile, candidate: CandidateFeatures, weights: ScoreWeights = DEFAULT_WEIGHTS, now: Date): ScoreBreakdown {
  const skillsById = new Map<string, CandidateSkill>(candidate.skills.map((skill) => [skill.skillId, skill]));
  const overlap = overlapHours(offsetAt(request.timezone, request.utcOffsetMinutes, now), offsetAt(candidate.timezone, candidate.utcOffsetMinutes, now));
  const rawTerms: Record<ScoreTerm, number> = {
    skills: skillsTerm(request, skillsById),
    niceToHave: niceToHaveTerm(request, skillsById),
    rateFit: rateFitTerm(request, candidate),
    availability: availabilityTerm(request, candidate),
    timezoneOverlap: timezoneOverlapTerm(request, overlap),
    trackRecord: trackRecordTerm(candidate),
    responsiveness: responsivenessTerm(candidate),
    load: loadTerm(candidate),
    fairness: fairnessTerm(candidate),
  };
  const total = SCORE_TERMS.reduce((sum, term) => sum + (weights[term] ?? 0) * rawTerms[term], 0);
  const terms = Object.fromEntries(SCORE_TERMS.map((term) => [term, roundScore(rawTerms[term])])) as Record<ScoreTerm, number>;
  let reasons: string[] | undefined;
  return {
    total: roundScore(total),
    terms,
    // Built on first read (JSON.stringify and spreads read it too): a ranking scores thousands of
    // candidates, and only the few who are invited are ever explained.
    get reasons() {
      reasons ??= explainScore({ request, candidate, skillsById, overlapHours: overlap, terms: rawTerms, weights });
      return reasons;
    },
  };
}
