import type { SkillLevel } from "@/generated/prisma/enums";
import { DEFAULT_WORKDAY_END_HOUR, DEFAULT_WORKDAY_START_HOUR } from "@/lib/time/timezones";
import type { CandidateFeatures, CandidateSkill, MatchRequestProfile } from "./types";

// Each term maps one aspect of a candidate to 0..1 (1 = best). Weights live in score.ts; the words in explain.ts.

/** What a term scores when there is nothing to judge by (no data, or the request asks nothing). */
export const NEUTRAL_TERM = 0.5;

const LEVEL_STRENGTH: Record<SkillLevel, number> = { JUNIOR: 0.25, MID: 0.5, SENIOR: 0.8, EXPERT: 1 };

// A required skill's strength: level, years and verification, sharing 1.
const SKILL_LEVEL_SHARE = 0.45;
const SKILL_YEARS_SHARE = 0.35;
const SKILL_VERIFIED_SHARE = 0.2;
// Meeting minYears earns half the years share; the rest grows over this many further years.
const YEARS_AT_MINIMUM = 0.5;
const EXTRA_YEARS_FOR_FULL_CREDIT = 5;

// Rate: over the maximum drops fast, far under the minimum dips a little (suspiciously cheap).
const OVER_BUDGET_SHARE_AT_ZERO = 0.25;
const UNDER_BUDGET_PENALTY_PER_SHARE = 0.6;
const UNDER_BUDGET_MAX_PENALTY = 0.3;
// Without a stated minimum, rates under this share of the maximum count as "well below".
const IMPLIED_BUDGET_FLOOR_SHARE = 0.5;

// Overlap: meeting the client's minimum is most of the score; more hours add the rest.
const OVERLAP_MET_FLOOR = 0.8;
const OVERLAP_UNREQUIRED_FLOOR = 0.5;
const WORKDAY_HOURS = DEFAULT_WORKDAY_END_HOUR - DEFAULT_WORKDAY_START_HOUR;

// Track record: ratings are pulled toward a prior so a single 5★ does not beat forty 4.9★.
const RATING_PRIOR_MEAN = 4;
const RATING_PRIOR_WEIGHT = 5;
const RATING_SCALE_FLOOR = 3;
const RATING_SCALE_TOP = 5;
const RATING_SHARE = 0.7;
const COMPLETED_CONTRACTS_SHARE = 0.3;
const COMPLETED_CONTRACTS_FOR_FULL_CREDIT = 20;

// Responsiveness: answer rate (smoothed toward neutral) and median response time, equally.
const ANSWER_RATE_PRIOR_WEIGHT = 3;
const ANSWER_RATE_SHARE = 0.5;
const FAST_RESPONSE_MINUTES = 15;
const SLOW_RESPONSE_MINUTES = 240;

// Load: an active contract weighs twice an open invitation; the term halves at this much load.
const OPEN_INVITATION_LOAD = 0.5;
const LOAD_AT_HALF_SCORE = 2;

// Fairness: the term halves with every this many invitations in the last 30 days.
const RECENT_INVITATIONS_PER_HALVING = 4;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function requiredSkillStrength(skill: CandidateSkill | undefined, minYears: number): number {
  if (!skill) return 0;
  const yearsCredit =
    skill.years < minYears
      ? (YEARS_AT_MINIMUM * skill.years) / Math.max(1, minYears)
      : YEARS_AT_MINIMUM + (1 - YEARS_AT_MINIMUM) * clamp01((skill.years - minYears) / EXTRA_YEARS_FOR_FULL_CREDIT);
  return SKILL_LEVEL_SHARE * LEVEL_STRENGTH[skill.level] + SKILL_YEARS_SHARE * yearsCredit + SKILL_VERIFIED_SHARE * (skill.isVerified ? 1 : 0);
}

export function skillsTerm(request: MatchRequestProfile, skillsById: ReadonlyMap<string, CandidateSkill>): number {
  if (!request.requiredSkills.length) return NEUTRAL_TERM;
  return average(request.requiredSkills.map((wanted) => requiredSkillStrength(skillsById.get(wanted.skillId), wanted.minYears)));
}

export function niceToHaveTerm(request: MatchRequestProfile, skillsById: ReadonlyMap<string, CandidateSkill>): number {
  if (!request.niceToHaveSkills.length) return NEUTRAL_TERM;
  return request.niceToHaveSkills.filter((wanted) => skillsById.has(wanted.skillId)).length / request.niceToHaveSkills.length;
}

export type RateFit = "WITHIN" | "ABOVE" | "WELL_BELOW" | "OTHER_CURRENCY";

export function classifyRate(request: MatchRequestProfile, candidate: CandidateFeatures): RateFit {
  if (candidate.currency !== request.currency) return "OTHER_CURRENCY";
  if (candidate.hourlyRateCents > request.budgetMaxCents) return "ABOVE";
  return candidate.hourlyRateCents < budgetFloorCents(request) ? "WELL_BELOW" : "WITHIN";
}

export const budgetFloorCents = (request: MatchRequestProfile) => request.budgetMinCents ?? request.budgetMaxCents * IMPLIED_BUDGET_FLOOR_SHARE;

/** Budget is an hourly rate in the request's currency; another currency cannot be compared without exchange rates. */
export function rateFitTerm(request: MatchRequestProfile, candidate: CandidateFeatures): number {
  const rate = candidate.hourlyRateCents;
  switch (classifyRate(request, candidate)) {
    case "OTHER_CURRENCY":
      return NEUTRAL_TERM;
    case "WITHIN":
      return 1;
    case "ABOVE":
      return clamp01(1 - (rate - request.budgetMaxCents) / request.budgetMaxCents / OVER_BUDGET_SHARE_AT_ZERO);
    case "WELL_BELOW": {
      const floor = budgetFloorCents(request);
      return 1 - Math.min(UNDER_BUDGET_MAX_PENALTY, ((floor - rate) / floor) * UNDER_BUDGET_PENALTY_PER_SHARE);
    }
  }
}

export function availabilityTerm(request: MatchRequestProfile, candidate: CandidateFeatures): number {
  if (!request.hoursPerWeek || request.hoursPerWeek <= 0) return NEUTRAL_TERM;
  return clamp01(candidate.weeklyAvailableHours / request.hoursPerWeek);
}

export function timezoneOverlapTerm(request: MatchRequestProfile, overlap: number): number {
  const required = Math.min(WORKDAY_HOURS, Math.max(0, request.minOverlapHours));
  if (required === 0) return OVERLAP_UNREQUIRED_FLOOR + (1 - OVERLAP_UNREQUIRED_FLOOR) * (overlap / WORKDAY_HOURS);
  if (overlap < required) return OVERLAP_MET_FLOOR * (overlap / required);
  if (required === WORKDAY_HOURS) return 1;
  return OVERLAP_MET_FLOOR + (1 - OVERLAP_MET_FLOOR) * ((overlap - required) / (WORKDAY_HOURS - required));
}

const smoothedRating = (candidate: CandidateFeatures) =>
  (candidate.ratingSum + RATING_PRIOR_MEAN * RATING_PRIOR_WEIGHT) / (candidate.ratingCount + RATING_PRIOR_WEIGHT);

export function trackRecordTerm(candidate: CandidateFeatures): number {
  const rating = clamp01((smoothedRating(candidate) - RATING_SCALE_FLOOR) / (RATING_SCALE_TOP - RATING_SCALE_FLOOR));
  const completed = clamp01(Math.log1p(candidate.completedContracts) / Math.log1p(COMPLETED_CONTRACTS_FOR_FULL_CREDIT));
  return RATING_SHARE * rating + COMPLETED_CONTRACTS_SHARE * completed;
}

export function responsivenessTerm(candidate: CandidateFeatures): number {
  const received = Math.max(0, candidate.invitationsReceived);
  const answered = Math.min(received, Math.max(0, candidate.invitationsAnswered));
  const answerRate = (answered + NEUTRAL_TERM * ANSWER_RATE_PRIOR_WEIGHT) / (received + ANSWER_RATE_PRIOR_WEIGHT);
  const minutes = candidate.medianResponseMinutes;
  const speed =
    minutes === null
      ? NEUTRAL_TERM
      : 1 - clamp01(Math.log(Math.max(minutes, FAST_RESPONSE_MINUTES) / FAST_RESPONSE_MINUTES) / Math.log(SLOW_RESPONSE_MINUTES / FAST_RESPONSE_MINUTES));
  return ANSWER_RATE_SHARE * answerRate + (1 - ANSWER_RATE_SHARE) * speed;
}

export function loadTerm(candidate: CandidateFeatures): number {
  const load = Math.max(0, candidate.activeContracts) + OPEN_INVITATION_LOAD * Math.max(0, candidate.openInvitations);
  return 1 / (1 + load / LOAD_AT_HALF_SCORE);
}

export const fairnessTerm = (candidate: CandidateFeatures) => 0.5 ** (Math.max(0, candidate.invitationsLast30Days) / RECENT_INVITATIONS_PER_HALVING);
