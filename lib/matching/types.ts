import type { SkillLevel } from "@/generated/prisma/enums";

// The interface between the matching lifecycle (invite rounds, shortlist) and candidate
// retrieval + scoring. Money in cents; offsets in minutes east of UTC.

export type MatchRequestProfile = {
  id: string;
  requiredSkills: { skillId: string; name: string; minYears: number }[];
  niceToHaveSkills: { skillId: string; name: string }[];
  budgetMinCents: number | null;
  budgetMaxCents: number;
  /** How far above budgetMaxCents a rate is still matched (lib/matching/budget-fit.ts). */
  budgetTolerancePercent: number;
  currency: string;
  hoursPerWeek: number | null;
  timezone: string;
  utcOffsetMinutes: number;
  minOverlapHours: number;
};

export type CandidateSkill = {
  skillId: string;
  name: string;
  level: SkillLevel;
  years: number;
  isVerified: boolean;
  isRequired: boolean;
};

export type CandidateFeatures = {
  expertProfileId: string;
  userId: string;
  name: string;
  hourlyRateCents: number;
  currency: string;
  weeklyAvailableHours: number;
  timezone: string;
  utcOffsetMinutes: number;
  skills: CandidateSkill[];
  ratingCount: number;
  ratingSum: number;
  completedContracts: number;
  invitationsReceived: number;
  invitationsAnswered: number;
  medianResponseMinutes: number | null;
  activeContracts: number;
  openInvitations: number;
  invitationsLast30Days: number;
};

export type ScoreTerm = "skills" | "niceToHave" | "rateFit" | "availability" | "timezoneOverlap" | "trackRecord" | "responsiveness" | "load" | "fairness";

export type ScoreWeights = Record<ScoreTerm, number>;

export type ScoreBreakdown = {
  total: number;
  terms: Record<ScoreTerm, number>;
  reasons: string[];
};

export type RankedCandidate = CandidateFeatures & { score: ScoreBreakdown };
