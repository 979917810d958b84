import { z } from "zod";
import { SKILL_LEVELS } from "@/lib/vetting/schemas";
import { REVIEW_STAGES } from "@/lib/vetting/transitions";

// Response shapes of the admin vetting API, for the OpenAPI document and the response check; each
// operation's handler is type-checked against its shape. Dates travel as ISO 8601 strings.

const vettingStatus = z.enum(["APPLIED", "SCREENING", "INTERVIEW", "APPROVED", "REJECTED", "SUSPENDED"]);
const reviewStage = z.enum(REVIEW_STAGES);
const skillLevel = z.enum(SKILL_LEVELS);
const dateTime = z.iso.datetime();
const stageCounts = z.object({ APPLIED: z.number().int(), SCREENING: z.number().int(), INTERVIEW: z.number().int() });

export const vettingQueueSchema = z
  .object({
    now: dateTime,
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
        submittedAt: dateTime,
        enteredStageAt: dateTime,
        waitingMilliseconds: z.number().int(),
        topSkills: z.array(z.object({ skillId: z.string(), name: z.string(), level: skillLevel, years: z.number().int(), isVerified: z.boolean() })),
      }),
    ),
  })
  .meta({ id: "VettingQueue" });

const interviewSchema = z.object({
  id: z.string(),
  scheduledAt: dateTime,
  meetingUrl: z.string(),
  completedAt: dateTime.nullable(),
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
    submittedAt: dateTime.nullable(),
    approvedAt: dateTime.nullable(),
    rejectedAt: dateTime.nullable(),
    reapplyAfter: dateTime.nullable(),
    enteredStageAt: dateTime.nullable(),
    millisecondsInStage: z.number().int().nullable(),
    reviewStage: reviewStage.nullable().meta({ description: "The stage awaiting a decision; null for a draft or a decided applicant." }),
    canAdvance: z.boolean().meta({ description: "An advance is possible now (from the interview stage it needs a completed interview)." }),
    hasInterviewResults: z.boolean().meta({ description: "An interview of this round has its results recorded: no other is booked." }),
    canVerifySkills: z.boolean(),
    links: z.array(z.object({ label: z.string(), url: z.string() })),
    answers: z.array(z.object({ key: z.string(), question: z.string(), answer: z.string() })),
    skills: z.array(
      z.object({
        skillId: z.string(),
        name: z.string(),
        level: skillLevel,
        years: z.number().int(),
        verifiedAt: dateTime.nullable(),
        verifiedByName: z.string().nullable(),
      }),
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
        createdAt: dateTime,
      }),
    ),
    interviews: z.array(interviewSchema),
    openInterview: interviewSchema.nullable().meta({ description: "The scheduled interview without results yet, if any." }),
  })
  .meta({ id: "Applicant" });

export const decidedSchema = z
  .object({ decisionId: z.string(), fromStatus: reviewStage, toStatus: vettingStatus, reapplyAfter: dateTime.nullable() })
  .meta({ id: "VettingDecided" });

export const scheduledInterviewSchema = z
  .object({ interviewId: z.string(), scheduledAt: dateTime, meetingUrl: z.string(), isRescheduled: z.boolean() })
  .meta({ id: "ScheduledInterview" });

export const recordedInterviewSchema = z
  .object({ interviewId: z.string(), completedAt: dateTime, verifiedSkillIds: z.array(z.string()) })
  .meta({ id: "RecordedInterview" });

export const skillVerifiedSchema = z.object({ skillId: z.string(), verifiedAt: dateTime.nullable() }).meta({ id: "SkillVerification" });

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
    from: dateTime,
    to: dateTime,
    stages: z.array(funnelStageSchema),
    approvedCount: z.number().int(),
    rejectedCount: z.number().int(),
    approvalRate: z.number().min(0).max(1).nullable().meta({ description: "Approved ÷ (approved + rejected) among the period's final decisions." }),
  })
  .meta({ id: "VettingFunnel" });

export type FunnelStage = z.output<typeof funnelStageSchema>;
