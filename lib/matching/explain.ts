import { numberFormat } from "@/lib/intl";
import { isRateWithinTolerance } from "./budget-fit";
import { budgetFloorCents, classifyRate } from "./score-terms";
import type { CandidateFeatures, CandidateSkill, MatchRequestProfile, ScoreTerm, ScoreWeights } from "./types";

// The words a client and an admin read next to a match: one sentence per term, the terms that
// added most to this candidate's score first.

export type ExplainInput = {
  request: MatchRequestProfile;
  candidate: CandidateFeatures;
  skillsById: ReadonlyMap<string, CandidateSkill>;
  overlapHours: number;
  terms: Record<ScoreTerm, number>;
  weights: ScoreWeights;
};

const LOCALE = "en-US";
const MINUTES_PER_HOUR = 60;
const RESPONSE_MINUTES_ROUNDING = 5;
const RESPONSE_HOURS_ROUNDING = 0.5;

const moneyFormat = (currency: string, isWhole: boolean) =>
  numberFormat(LOCALE, { style: "currency", currency, ...(isWhole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}) });

/** "$95/h" from 9500 cents; amounts with cents keep them ("$95.50/h"). */
export function formatHourlyRate(cents: number, currency: string): string {
  return `${moneyFormat(currency, cents % 100 === 0).format(cents / 100)}/h`;
}

// Plain string work: these run for every candidate of a ranking, thousands of times.
const formatList = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
const formatPercent = (share: number) => `${Math.round(share * 100)}%`;
const formatHours = (hours: number) => `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
const plural = (count: number, singular: string, pluralForm = `${singular}s`) => `${count} ${count === 1 ? singular : pluralForm}`;

function formatResponseTime(minutes: number) {
  const roundedMinutes = Math.max(RESPONSE_MINUTES_ROUNDING, Math.round(minutes / RESPONSE_MINUTES_ROUNDING) * RESPONSE_MINUTES_ROUNDING);
  if (roundedMinutes < MINUTES_PER_HOUR) return `${roundedMinutes} min`;
  return formatHours(Math.round(minutes / MINUTES_PER_HOUR / RESPONSE_HOURS_ROUNDING) * RESPONSE_HOURS_ROUNDING);
}

function describeSkill(skill: CandidateSkill) {
  const details = [...(skill.isVerified ? ["verified"] : []), `${skill.years} y`];
  return `${skill.name} (${details.join(", ")})`;
}

function explainSkills({ request, skillsById }: ExplainInput) {
  const covered = request.requiredSkills.flatMap((wanted) => skillsById.get(wanted.skillId) ?? []);
  const missing = request.requiredSkills.filter((wanted) => !skillsById.has(wanted.skillId)).map((wanted) => wanted.name);
  const parts = [
    ...(covered.length ? [`Covers ${formatList(covered.map(describeSkill))}`] : []),
    ...(missing.length ? [`missing ${formatList(missing)}`] : []),
  ];
  return parts.length ? parts.join("; ") : null;
}

function explainNiceToHave({ request, skillsById }: ExplainInput) {
  const names = request.niceToHaveSkills.flatMap((wanted) => skillsById.get(wanted.skillId)?.name ?? []);
  return names.length ? `Also knows ${formatList(names)}` : null;
}

// Reasons are read by the client and by the invited expert alike, so they name no side.
function explainRate({ request, candidate }: ExplainInput) {
  const rate = `Rate ${formatHourlyRate(candidate.hourlyRateCents, candidate.currency)}`;
  switch (classifyRate(request, candidate)) {
    case "WITHIN":
      return `${rate}, within the ${formatHourlyRate(request.budgetMaxCents, request.currency)} budget`;
    case "ABOVE": {
      const over = (candidate.hourlyRateCents - request.budgetMaxCents) / request.budgetMaxCents;
      const maximum = formatHourlyRate(request.budgetMaxCents, request.currency);
      return isRateWithinTolerance(candidate.hourlyRateCents, request)
        ? `${rate}, ${formatPercent(over)} above the ${maximum} maximum, within the ${request.budgetTolerancePercent}% over budget allowed on this request`
        : `${rate}, ${formatPercent(over)} above the ${maximum} maximum and the ${request.budgetTolerancePercent}% over budget allowed on this request`;
    }
    case "WELL_BELOW":
      return `${rate}, well below the ${formatHourlyRate(Math.round(budgetFloorCents(request)), request.currency)} budget floor`;
    case "OTHER_CURRENCY":
      return `${rate}, quoted in ${candidate.currency} while the budget is in ${request.currency}: rates are not converted, so this is outside the budget rule`;
  }
}

function explainAvailability({ request, candidate }: ExplainInput) {
  const available = candidate.weeklyAvailableHours;
  if (!request.hoursPerWeek) return `Available ${available} h a week`;
  if (available >= request.hoursPerWeek) return `Available ${available} h a week (the work needs ${request.hoursPerWeek})`;
  return `Available ${available} of the ${request.hoursPerWeek} h a week the work needs`;
}

function explainOverlap({ request, overlapHours }: ExplainInput) {
  const shortfall = overlapHours < request.minOverlapHours ? ` (${request.minOverlapHours} h asked for)` : "";
  if (overlapHours === 0) return `No working-hours overlap${shortfall}`;
  return `${formatHours(overlapHours)} of working-hours overlap${shortfall}`;
}

function explainTrackRecord({ candidate }: ExplainInput) {
  if (candidate.ratingCount > 0) {
    const average = (candidate.ratingSum / candidate.ratingCount).toFixed(1);
    return `Rated ${average} across ${plural(candidate.ratingCount, "contract")}`;
  }
  if (candidate.completedContracts > 0) return `Completed ${plural(candidate.completedContracts, "contract")}, not rated yet`;
  return "New on Vetted, no completed contracts yet";
}

function explainResponsiveness({ candidate }: ExplainInput) {
  if (candidate.invitationsReceived <= 0) return null;
  const answerRate = Math.min(1, candidate.invitationsAnswered / candidate.invitationsReceived);
  if (candidate.medianResponseMinutes === null) return `Answers ${formatPercent(answerRate)} of invitations`;
  return `Answers ${formatPercent(answerRate)} of invitations, usually within about ${formatResponseTime(candidate.medianResponseMinutes)}`;
}

function explainLoad({ candidate }: ExplainInput) {
  return candidate.activeContracts > 0 ? `Working on ${plural(candidate.activeContracts, "active contract")}` : "No active contracts right now";
}

// Fairness stays out of the words: it is about the platform's other experts, not about this one.
const EXPLAINERS: Partial<Record<ScoreTerm, (input: ExplainInput) => string | null>> = {
  skills: explainSkills,
  niceToHave: explainNiceToHave,
  rateFit: explainRate,
  availability: explainAvailability,
  timezoneOverlap: explainOverlap,
  trackRecord: explainTrackRecord,
  responsiveness: explainResponsiveness,
  load: explainLoad,
};

export function explainScore(input: ExplainInput): string[] {
  const contribution = (term: ScoreTerm) => input.weights[term] * input.terms[term];
  return (Object.keys(EXPLAINERS) as ScoreTerm[])
    .filter((term) => input.weights[term] > 0)
    .sort((a, b) => contribution(b) - contribution(a) || input.weights[b] - input.weights[a])
    .flatMap((term) => EXPLAINERS[term]?.(input) ?? []);
}
