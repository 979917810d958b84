import { z } from "zod";

export const DEFAULT_PERIOD_DAYS = 30;

export const slaBoardQuerySchema = z.object({
  periodDays: z.coerce
    .number({ error: "Give the period in days." })
    .int("Use whole days.")
    .min(1, "At least 1 day.")
    .max(365, "At most 365 days.")
    .default(DEFAULT_PERIOD_DAYS)
    .meta({ description: "Statistics cover requests shortlisted in this many days before now." }),
});

// Responses. Dates travel as ISO 8601 strings.
const dateTime = z.iso.datetime();

const slaRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  companyName: z.string(),
  status: z.enum(["MATCHING", "MATCHED"]),
  submittedAt: dateTime.nullable(),
  matchDeadline: dateTime.nullable(),
  shortlistedAt: dateTime.nullable(),
  millisecondsLeft: z.number().nullable().meta({ description: "Negative once the deadline has passed." }),
  acceptedCount: z.number().int(),
  pendingCount: z.number().int().meta({ description: "Invitations still waiting for an answer." }),
  invitedCount: z.number().int(),
  isAtRisk: z.boolean(),
  isBreached: z.boolean(),
  isReplacement: z.boolean().meta({ description: "Back in matching because the hired expert's contract ended as not the right fit." }),
  canHandPick: z.boolean().meta({ description: "True for every request being matched, and for a matched one whose shortlist is not full." }),
});

const slaStatisticsSchema = z.object({
  periodDays: z.number().int(),
  from: dateTime,
  to: dateTime,
  shortlistedCount: z.number().int(),
  medianMilliseconds: z.number().nullable(),
  p90Milliseconds: z.number().nullable(),
  withinWindowShare: z.number().min(0).max(1).nullable().meta({ description: "Share shortlisted within the matching window (8 h)." }),
  breachedCount: z.number().int().meta({ description: "Requests submitted in the period whose deadline passed with no acceptance." }),
});

export const slaBoardSchema = z
  .object({
    now: dateTime,
    shortlistSize: z.number().int(),
    matchWindowMs: z.number().int(),
    atRiskLeadMs: z.number().int(),
    requests: z.array(slaRowSchema),
    statistics: slaStatisticsSchema,
  })
  .meta({ id: "SlaBoard" });

export const handPickCandidatesSchema = z
  .object({
    candidates: z.array(
      z.object({
        expertProfileId: z.string(),
        name: z.string(),
        headline: z.string(),
        hourlyRateCents: z.number().int().nullable(),
        currency: z.string(),
        timezone: z.string().nullable(),
        weeklyAvailableHours: z.number().int().nullable(),
        ratingAverage: z.number().nullable(),
        ratingCount: z.number().int(),
        completedContracts: z.number().int(),
        matchStatus: z.string().nullable().meta({ description: "Their invitation to this request, if any (e.g. DECLINED)." }),
      }),
    ),
  })
  .meta({ id: "HandPickCandidates" });
