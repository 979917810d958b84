import { z } from "zod";
import { APPLICATION_STEPS, SKILL_LEVELS } from "@/lib/vetting/schemas";

// The application as the API answers it (GET, and every change returns it fresh). Dates travel as
// ISO 8601 strings, the rate as integer cents.

const dateTime = z.iso.datetime();
const vettingStatus = z.enum(["APPLIED", "SCREENING", "INTERVIEW", "APPROVED", "REJECTED", "SUSPENDED"]);
const stepName = z.enum(Object.keys(APPLICATION_STEPS) as [keyof typeof APPLICATION_STEPS, ...(keyof typeof APPLICATION_STEPS)[]]);

export const applicationSchema = z
  .object({
    id: z.string().meta({ description: "The expert profile's id." }),
    status: vettingStatus,
    isEditable: z.boolean().meta({ description: "APPLIED and not yet submitted: the steps may be saved." }),
    submittedAt: dateTime.nullable(),
    approvedAt: dateTime.nullable(),
    rejectedAt: dateTime.nullable(),
    rejectedAtStage: vettingStatus.nullable().meta({ description: "The stage a rejected application stopped at." }),
    rejectionReason: z.string().nullable().meta({ description: "What the reviewer wrote to the applicant." }),
    canReapplyAt: dateTime.nullable().meta({ description: "When a rejected applicant may start a new application." }),
    canReapply: z.boolean(),
    steps: z.object({
      profile: z.object({ headline: z.string(), bio: z.string() }),
      skills: z.object({
        skills: z.array(z.object({ skillId: z.string(), name: z.string(), level: z.enum(SKILL_LEVELS), years: z.number().int(), isVerified: z.boolean() })),
      }),
      rate: z.object({ hourlyRateCents: z.number().int().nullable(), currency: z.string() }),
      availability: z.object({ weeklyAvailableHours: z.number().int().nullable(), timezone: z.string().nullable(), isAvailable: z.boolean() }),
      links: z.object({ github: z.string(), portfolio: z.string(), linkedin: z.string() }),
      answers: z.object({ proudestWork: z.string(), hardProblem: z.string(), remoteWork: z.string() }),
    }),
    publicProfile: z.boolean().meta({ description: "The expert made their profile public: named on Vetted's hiring pages, with a public profile page." }),
    publicProfilePath: z.string().nullable().meta({ description: "The public profile page's path (/p/<slug>) while the profile is public; null otherwise." }),
    country: z.string().nullable().meta({ description: "ISO 3166-1 alpha-2 code of where the expert lives, or null." }),
    completeSteps: z.array(stepName),
    missingSteps: z.array(stepName),
    nextInterview: z.object({ scheduledAt: dateTime, meetingUrl: z.string() }).nullable(),
    history: z.array(
      z.object({
        id: z.string(),
        fromStatus: vettingStatus,
        toStatus: vettingStatus,
        reason: z.string().nullable().meta({ description: "Given for a rejection only." }),
        createdAt: dateTime,
      }),
    ),
  })
  .meta({ id: "Application" });
