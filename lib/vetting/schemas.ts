import { z } from "zod";
import { CURRENCIES } from "@/lib/payments/currencies";
import { isValidTimeZone } from "@/lib/time/timezones";
import { REVIEW_STAGES, type ReviewStage, STAGE_CRITERIA } from "./transitions";

// The application (saved a step at a time, validated whole on submit) and the admin's decisions.

export const SKILL_LEVELS = ["JUNIOR", "MID", "SENIOR", "EXPERT"] as const;
export const APPLICATION_QUESTIONS = [
  { key: "proudestWork", label: "What is the piece of work you are proudest of, and what was your part in it?" },
  { key: "hardProblem", label: "Describe a hard technical problem you solved recently. How did you approach it?" },
  { key: "remoteWork", label: "How do you keep a remote client informed while you work?" },
] as const;

const optionalUrl = (what: string) =>
  z.union([z.literal(""), z.url({ protocol: /^https?$/, error: `Use a full http(s) link to your ${what}.` }).max(500)]).default("");

export const profileStepSchema = z.strictObject({
  headline: z
    .string({ error: "Write a headline." })
    .trim()
    .min(10, "Use at least 10 characters, e.g. “Senior Python engineer — FastAPI, PostgreSQL”.")
    .max(120, "Use at most 120 characters."),
  bio: z
    .string({ error: "Tell clients about yourself." })
    .trim()
    .min(100, "Write at least 100 characters: your experience, what you build, who you built it for.")
    .max(4_000, "Keep it under 4,000 characters."),
});

export const skillsStepSchema = z.strictObject({
  skills: z
    .array(
      z.strictObject({
        skillId: z.string().min(1).max(64),
        level: z.enum(SKILL_LEVELS, { error: "Choose a level." }),
        years: z.number({ error: "Enter your years." }).int("Whole years.").min(0, "Years cannot be negative.").max(50, "At most 50 years."),
      }),
    )
    .min(1, "Add at least one skill.")
    .max(20, "Add at most 20 skills; pick your strongest."),
});

export const rateStepSchema = z.strictObject({
  hourlyRateCents: z
    .number({ error: "Enter your hourly rate." })
    .int("Use whole cents.")
    .min(1_500, "The hourly rate starts at 15.00.")
    .max(100_000, "The hourly rate can be at most 1,000.00."),
  currency: z.enum(CURRENCIES, { error: "Choose USD, EUR or GBP." }),
});

export const availabilityStepSchema = z.strictObject({
  weeklyAvailableHours: z
    .number({ error: "Enter the hours you can work a week." })
    .int("Whole hours.")
    .min(5, "At least 5 hours a week.")
    .max(60, "At most 60 hours a week."),
  timezone: z.string({ error: "Choose your timezone." }).refine(isValidTimeZone, "Choose a timezone from the list."),
  isAvailable: z.boolean().default(true),
});

export const linksStepSchema = z.strictObject({
  github: optionalUrl("GitHub profile"),
  portfolio: optionalUrl("portfolio"),
  linkedin: optionalUrl("LinkedIn profile"),
});

const answer = z
  .string({ error: "Answer the question." })
  .trim()
  .min(50, "Answer in at least 50 characters.")
  .max(2_000, "Keep the answer under 2,000 characters.");
export const answersStepSchema = z.strictObject({ proudestWork: answer, hardProblem: answer, remoteWork: answer });

export const APPLICATION_STEPS = {
  profile: profileStepSchema,
  skills: skillsStepSchema,
  rate: rateStepSchema,
  availability: availabilityStepSchema,
  links: linksStepSchema,
  answers: answersStepSchema,
} as const;
export type ApplicationStep = keyof typeof APPLICATION_STEPS;

/** One step of the application, saved on its own (a draft may be incomplete; each saved step is valid). */
export const saveApplicationStepSchema = z.discriminatedUnion(
  "step",
  [
    z.strictObject({ step: z.literal("profile"), values: profileStepSchema }),
    z.strictObject({ step: z.literal("skills"), values: skillsStepSchema }),
    z.strictObject({ step: z.literal("rate"), values: rateStepSchema }),
    z.strictObject({ step: z.literal("availability"), values: availabilityStepSchema }),
    z.strictObject({ step: z.literal("links"), values: linksStepSchema }),
    z.strictObject({ step: z.literal("answers"), values: answersStepSchema }),
  ],
  { error: `Name the step: ${Object.keys(APPLICATION_STEPS).join(", ")}.` },
);
export type SaveApplicationStepInput = z.infer<typeof saveApplicationStepSchema>;

const scoreSchema = z.number({ error: "Score each criterion from 1 to 5." }).int("Whole numbers from 1 to 5.").min(1, "At least 1.").max(5, "At most 5.");

/** An admin's decision at a stage: advance or reject, scores for that stage's criteria, notes; a reject needs a reason the applicant will read. */
export function decisionSchemaFor(stage: ReviewStage) {
  const scores = z.strictObject(Object.fromEntries(STAGE_CRITERIA[stage].map((criterion) => [criterion.key, scoreSchema])));
  return z.discriminatedUnion("decision", [
    z.strictObject({ decision: z.literal("ADVANCE"), scores, notes: z.string().trim().max(4_000).default("") }),
    z.strictObject({
      decision: z.literal("REJECT"),
      scores,
      notes: z.string().trim().max(4_000).default(""),
      reason: z.string({ error: "Give the applicant a reason." }).trim().min(20, "Write at least 20 characters: the applicant reads this.").max(2_000),
    }),
  ]);
}

export const decisionStageSchema = z.enum(REVIEW_STAGES);

export const scheduleInterviewSchema = z.strictObject({
  scheduledAt: z.coerce.date({ error: "Choose the interview time." }),
  meetingUrl: z.url({ protocol: /^https$/, error: "Use the https link of the meeting." }).max(500),
});
export type ScheduleInterviewInput = z.output<typeof scheduleInterviewSchema>;

export const interviewResultsSchema = z.strictObject({
  results: z
    .array(z.strictObject({ skillId: z.string().min(1).max(64), passed: z.boolean(), notes: z.string().trim().max(2_000).default("") }))
    .min(1, "Record a result for at least one skill."),
});
export type InterviewResultsInput = z.output<typeof interviewResultsSchema>;

export const suspendSchema = z.strictObject({
  reason: z.string({ error: "Give a reason." }).trim().min(10, "Write at least 10 characters: this is kept in the audit log.").max(2_000),
});
