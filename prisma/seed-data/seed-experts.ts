import type { SkillLevel, VettingStatus } from "@/generated/prisma/enums";
import type { Archetype } from "./archetypes";
import { ALL_ARCHETYPES, type ExpertLink, type GeneratedExpert, generateExpert, generateTrackRecord } from "./expert-profile";
import { skillName } from "./expert-writing";
import { createRandom, type Random } from "./random";
import { buildVettingHistory, type RejectionPoint, type SeedDecision, type VettingStage } from "./vetting-history";

// Every seeded expert and applicant. Dates count back from a fixed day so every run writes the same rows.

export const REFERENCE_DATE = new Date("2026-11-01T00:00:00Z");
export const APPROVED_EXPERT_COUNT = 199; // plus the demo expert
export const APPLICANTS_PER_STAGE = 5;
export const SUSPENDED_EXPERT_COUNT = 2;
/** About this share of approved experts chose to be shown by name on the public hiring pages. */
export const PUBLIC_PROFILE_SHARE = 0.3;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export type SeedExpertSkill = { slug: string; level: SkillLevel; years: number; verifiedAt: Date | null };

export type SeedExpertProfile = {
  headline: string;
  bio: string;
  hourlyRateCents: number;
  currency: string;
  timezone: string;
  utcOffsetMinutes: number;
  country: string;
  weeklyAvailableHours: number;
  isAvailable: boolean;
  publicProfile: boolean;
  links: ExpertLink[];
  vettingStatus: VettingStatus;
  ratingCount: number;
  ratingSum: number;
  completedContracts: number;
  invitationsReceived: number;
  invitationsAnswered: number;
  medianResponseMinutes: number | null;
  lastInvitedAt: Date | null;
  submittedAt: Date;
  approvedAt: Date | null;
  rejectedAt: Date | null;
  reapplyAfter: Date | null;
  createdAt: Date;
};

export type SeedExpert = {
  key: string;
  email: string;
  name: string;
  createdAt: Date;
  suspendedAt: Date | null;
  suspensionReason: string | null;
  profile: SeedExpertProfile;
  skills: SeedExpertSkill[];
  decisions: SeedDecision[];
};

type ExpertPlan = {
  key: string;
  email: string;
  stage: VettingStage;
  submittedDaysAgo: readonly [number, number];
  archetype?: Archetype;
  rejectionPoint?: RejectionPoint;
};

const NO_TRACK_RECORD = {
  ratingCount: 0,
  ratingSum: 0,
  completedContracts: 0,
  invitationsReceived: 0,
  invitationsAnswered: 0,
  medianResponseMinutes: null,
  lastInvitedDaysAgo: null,
};

function skillsOf(random: Random, generated: GeneratedExpert, verifiedAt: Date | null): SeedExpertSkill[] {
  return generated.skills.map(({ slug, level, years, isPrimary }) => ({
    slug,
    level,
    years,
    verifiedAt: verifiedAt && random.chance(isPrimary ? 0.7 : 0.2) ? verifiedAt : null,
  }));
}

function buildExpert(plan: ExpertPlan): SeedExpert {
  const random = createRandom(`expert:${plan.key}`);
  const generated = generateExpert(random, plan.archetype);
  const submittedAt = new Date(REFERENCE_DATE.getTime() - random.int(...plan.submittedDaysAgo) * DAY_MS - random.int(0, 23) * HOUR_MS);
  const history = buildVettingHistory(random, plan.stage, submittedAt, skillName(generated.skills[0].slug), plan.rejectionPoint);
  const wasApproved = history.approvedAt !== null;
  const daysSinceApproval = history.approvedAt ? Math.floor((REFERENCE_DATE.getTime() - history.approvedAt.getTime()) / DAY_MS) : 0;
  const track = wasApproved ? generateTrackRecord(random, daysSinceApproval) : NO_TRACK_RECORD;
  const createdAt = new Date(submittedAt.getTime() - random.int(1, 72) * HOUR_MS);
  const { lastInvitedDaysAgo, ...counters } = track;
  const skills = skillsOf(random, generated, history.approvedAt);
  // Drawn last so that adding it left every other generated value as it was.
  const publicProfile = plan.stage === "APPROVED" && random.chance(PUBLIC_PROFILE_SHARE);
  return {
    key: plan.key,
    email: plan.email,
    name: generated.name,
    createdAt,
    suspendedAt: history.suspendedAt,
    suspensionReason: history.suspensionReason,
    profile: {
      headline: generated.headline,
      bio: generated.bio,
      hourlyRateCents: generated.hourlyRateCents,
      currency: generated.currency,
      timezone: generated.timezone,
      utcOffsetMinutes: generated.utcOffsetMinutes,
      country: generated.country,
      weeklyAvailableHours: generated.weeklyAvailableHours,
      isAvailable: plan.stage === "SUSPENDED" ? false : generated.isAvailable,
      publicProfile,
      links: generated.links,
      vettingStatus: plan.stage,
      ...counters,
      lastInvitedAt: lastInvitedDaysAgo === null ? null : new Date(REFERENCE_DATE.getTime() - lastInvitedDaysAgo * DAY_MS),
      submittedAt,
      approvedAt: history.approvedAt,
      rejectedAt: history.rejectedAt,
      reapplyAfter: history.reapplyAfter,
      createdAt,
    },
    skills,
    decisions: history.decisions,
  };
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** Approved experts; the first ones cycle through every archetype so each kind of expert is present. */
export function buildApprovedExperts(): SeedExpert[] {
  return Array.from({ length: APPROVED_EXPERT_COUNT }, (_, index) => {
    const key = `expert${pad(index + 1, 3)}`;
    const archetype = index < ALL_ARCHETYPES.length * 3 ? ALL_ARCHETYPES[index % ALL_ARCHETYPES.length] : undefined;
    return buildExpert({ key, email: `${key}@experts.vetted.test`, stage: "APPROVED", submittedDaysAgo: [30, 900], archetype });
  });
}

const REJECTION_POINTS: readonly RejectionPoint[] = ["APPLIED", "SCREENING", "SCREENING", "INTERVIEW", "INTERVIEW"];

const PIPELINE: readonly { stage: VettingStage; count: number; submittedDaysAgo: readonly [number, number]; domain: string }[] = [
  { stage: "APPLIED", count: APPLICANTS_PER_STAGE, submittedDaysAgo: [0, 4], domain: "applicants.vetted.test" },
  { stage: "SCREENING", count: APPLICANTS_PER_STAGE, submittedDaysAgo: [6, 12], domain: "applicants.vetted.test" },
  { stage: "INTERVIEW", count: APPLICANTS_PER_STAGE, submittedDaysAgo: [14, 28], domain: "applicants.vetted.test" },
  { stage: "REJECTED", count: APPLICANTS_PER_STAGE, submittedDaysAgo: [15, 200], domain: "applicants.vetted.test" },
  { stage: "SUSPENDED", count: SUSPENDED_EXPERT_COUNT, submittedDaysAgo: [300, 700], domain: "experts.vetted.test" },
];

/** Applicants at every stage of vetting, and experts who were approved and later suspended. */
export function buildPipelineExperts(): SeedExpert[] {
  return PIPELINE.flatMap(({ stage, count, submittedDaysAgo, domain }) =>
    Array.from({ length: count }, (_, index) => {
      const key = `${stage.toLowerCase()}${pad(index + 1, 2)}`;
      const rejectionPoint = REJECTION_POINTS[index % REJECTION_POINTS.length];
      return buildExpert({ key, email: `${key}@${domain}`, stage, submittedDaysAgo, rejectionPoint });
    }),
  );
}
