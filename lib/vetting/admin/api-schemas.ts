import { z } from "zod";
import { SKILL_LEVELS } from "@/lib/vetting/schemas";
import { REVIEW_STAGES } from "@/lib/vetting/transitions";

// Response shapes of the admin vetting API, also the return types of the lib functions, so the
// OpenAPI document cannot drift from what the code sends. Dates travel as ISO 8601 strings.

const vettingStatus = z.enum(["APPLIED", "SCREENING", "INTERVIEW", "APPROVED", "REJECTED", "SUSPENDED"]);
const reviewStage = z.enum(REVIEW_STAGES);
const skillLevel = z.enum(SKILL_LEVELS);
const stageCounts = z.object({ APPLIED: z.number().int(), SCREENING: z.number().int(), INTERVIEW: z.number().int() });

export const vettingQueueSchema = z
  .object({
    now: z.date(),
    filters: z.object({
      stage: reviewStage,
      skill: z.object({ id: z.string(), name: z.string() }).nullable(),
      minWaitingDays: z.number().int().nullable(),
    }),
    counts: stageCounts.meta({ description: "Submitted applicants waiting in each stage, with the skill and waiting filters applied." }),
    page: z.number().int(),
    pageCount: z.number().int(),
    pageSize: z.number().int(),
    applicants: z.array(
      z.object({
        id: z.string().meta({ description: "The expert profile id." }),
        name: z.string(),
        email: z.string(),
        headline: z.string(),
        submittedAt: z.date(),
        enteredStageAt: z.date(),
        waitingMilliseconds: z.number().int(),
        topSkills: z.array(z.object({ skillId: z.string(), name: z.string(), level: skillLevel, years: z.number().int(), isVerified: z.boolean() })),
      }),
    ),
  })
  .meta({ id: "VettingQueue" });

const interviewSchema = z.object({
  id: z.string(),
  scheduledAt: z.date(),
  meetingUrl: z.string(),
  completedAt: z.date().nullable(),
  results: z.array(z.object({ skillId: z.string(), skillName: z.string(), passed: z.boolean(), notes: z.string() })),
});

export const applicantSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    headline: z.string(),
    bio: z.string(),
    hourlyRateCents: z.number().int().nullable(),
    currency: z.string(),
    timezone: z.string().nullable(),
    weeklyAvailableHours: z.number().int().nullable(),
    isAvailable: z.boolean(),
    status: vettingStatus,
    submittedAt: z.date().nullable(),
    approvedAt: z.date().nullable(),
    rejectedAt: z.date().nullable(),
    reapplyAfter: z.date().nullable(),
    enteredStageAt: z.date().nullable(),
    millisecondsInStage: z.number().int().nullable(),
    reviewStage: reviewStage.nullable().meta({ description: "The stage awaiting a decision; null for a draft or a decided applicant." }),
    canAdvance: z.boolean().meta({ description: "An advance is possible now (from the interview stage it needs a completed interview)." }),
    canVerifySkills: z.boolean(),
    links: z.array(z.object({ label: z.string(), url: z.string() })),
    answers: z.array(z.object({ key: z.string(), question: z.string(), answer: z.string() })),
    skills: z.array(
      z.object({ skillId: z.string(), name: z.string(), level: skillLevel, years: z.number().int(), verifiedAt: z.date().nullable(), verifiedByName: z.string().nullable() }),
    ),
    decisions: z.array(
      z.object({
        id: z.string(),
        fromStatus: vettingStatus,
        toStatus: vettingStatus,
        adminName: z.string().nullable(),
        scores: z.array(z.object({ key: z.string(), label: z.string(), score: z.number() })),
        notes: z.string().meta({ description: "Internal: admins only." }),
        reason: z.string().nullable().meta({ description: "Shown to the applicant." }),
        createdAt: z.date(),
      }),
    ),
    interviews: z.array(interviewSchema),
    openInterview: interviewSchema.nullable().meta({ description: "The scheduled interview without results yet, if any." }),
  })
  .meta({ id: "Applicant" });

export const decidedSchema = z
  .object({ decisionId: z.string(), fromStatus: reviewStage, toStatus: vettingStatus, reapplyAfter: z.date().nullable() })
  .meta({ id: "VettingDecided" });

export const scheduledInterviewSchema = z
  .object({ interviewId: z.string(), scheduledAt: z.date(), meetingUrl: z.string(), isRescheduled: z.boolean() })
  .meta({ id: "ScheduledInterview" });

export const recordedInterviewSchema = z
  .object({ interviewId: z.string(), completedAt: z.date(), verifiedSkillIds: z.array(z.string()) })
  .meta({ id: "RecordedInterview" });

export const skillVerifiedSchema = z.object({ skillId: z.string(), verifiedAt: z.date().nullable() }).meta({ id: "SkillVerification" });

const funnelStageSchema = z.object({
  stage: reviewStage,
  enteredCount: z.number().int().meta({ description: "Applicants who entered the stage in the period (submitted, for APPLIED)." }),
  decidedCount: z.number().int(),
  advancedCount: z.number().int(),
  passRate: z.number().min(0).max(1).nullable().meta({ description: "Advanced ÷ decided; null without decisions." }),
  medianMillisecondsInStage: z.number().nullable().meta({ description: "From entering the stage to the decision." }),
});

export const vettingFunnelSchema = z
  .object({
    periodDays: z.number().int(),
    from: z.date(),
    to: z.date(),
    stages: z.array(funnelStageSchema),
    approvedCount: z.number().int(),
    rejectedCount: z.number().int(),
    approvalRate: z.number().min(0).max(1).nullable().meta({ description: "Approved ÷ (approved + rejected) among the period's final decisions." }),
  })
  .meta({ id: "VettingFunnel" });

export type VettingQueue = z.output<typeof vettingQueueSchema>;
export type QueuedApplicant = VettingQueue["applicants"][number];
export type Applicant = z.output<typeof applicantSchema>;
export type ApplicantInterview = z.output<typeof interviewSchema>;
export type VettingFunnel = z.output<typeof vettingFunnelSchema>;
export type FunnelStage = z.output<typeof funnelStageSchema>;
export type Decided = z.output<typeof decidedSchema>;
export type ScheduledInterview = z.output<typeof scheduledInterviewSchema>;
export type RecordedInterview = z.output<typeof recordedInterviewSchema>;
export type SkillVerified = z.output<typeof skillVerifiedSchema>;
