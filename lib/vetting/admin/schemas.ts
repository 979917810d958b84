import { z } from "zod";
import { pathId } from "@/lib/api/path-params";
import { decisionSchemaFor, decisionStageSchema } from "@/lib/vetting/schemas";
import type { ReviewStage } from "@/lib/vetting/transitions";

// Admin inputs: the queue's filters, the funnel's period, a decision with the stage it was made at,
// a skill's verification. The decision itself, interviews and results are in lib/vetting/schemas.ts.

export const QUEUE_PAGE_SIZE = 50;
export const DEFAULT_FUNNEL_PERIOD_DAYS = 90;

// A GET form sends empty fields as "": read them as "no filter".
const blankAsUndefined = (value: unknown) => (value === "" ? undefined : value);

export const vettingQueueQuerySchema = z.object({
  stage: decisionStageSchema.default("APPLIED").meta({ description: "The stage whose queue to list." }),
  skillId: z.preprocess(blankAsUndefined, z.string().trim().min(1).max(64).optional()).meta({ description: "Only applicants with this skill." }),
  minWaitingDays: z
    .preprocess(
      blankAsUndefined,
      z.coerce.number({ error: "Give whole days." }).int("Use whole days.").min(0, "At least 0 days.").max(365, "At most 365 days.").optional(),
    )
    .meta({ description: "Only applicants waiting in the stage at least this many days." }),
  page: z.coerce.number({ error: "Give a page number." }).int("Use a whole page number.").min(1, "Pages start at 1.").max(10_000).default(1),
});
export type VettingQueueQuery = z.output<typeof vettingQueueQuerySchema>;

export const vettingFunnelQuerySchema = z.object({
  periodDays: z.coerce
    .number({ error: "Give the period in days." })
    .int("Use whole days.")
    .min(1, "At least 1 day.")
    .max(365, "At most 365 days.")
    .default(DEFAULT_FUNNEL_PERIOD_DAYS)
    .meta({ description: "The funnel counts applications and decisions of this many days before now." }),
});

function decisionAt<S extends ReviewStage>(stage: S) {
  const [advance, reject] = decisionSchemaFor(stage).options;
  const atStage = {
    stage: z.literal(stage).meta({ description: "The stage the admin was looking at: a decision for a stage the applicant has left is refused (409)." }),
  };
  return z.discriminatedUnion("decision", [advance.extend(atStage), reject.extend(atStage)]);
}

/** A decision with the stage it was made at; the scores are those of that stage's criteria. */
export const decisionBodySchema = z.discriminatedUnion("stage", [decisionAt("APPLIED"), decisionAt("SCREENING"), decisionAt("INTERVIEW")]);
export type DecisionBody = z.output<typeof decisionBodySchema>;

export const skillVerificationSchema = z.strictObject({
  verified: z.boolean({ error: "Say whether the skill is verified (true or false)." }),
});
export type SkillVerification = z.output<typeof skillVerificationSchema>;

// The applicant (by expert profile id) in /api/v1/admin/applicants/{id}/…, and the records under it.
const applicantId = pathId("applicant");
export const applicantPathSchema = z.object({ id: applicantId });
export const interviewPathSchema = z.object({ id: applicantId, interviewId: pathId("interview") });
export const applicantSkillPathSchema = z.object({ id: applicantId, skillId: pathId("skill") });
