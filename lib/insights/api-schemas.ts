import { z } from "zod";

// The insights' answers, for the operations and the OpenAPI document. Money is integer cents, always
// beside its currency; weeks are the Monday (UTC) they start on, months YYYY-MM (UTC).

const count = z.number().int();
const cents = z.number().int();
const shareOrNull = z.number().nullable().meta({ description: "0 to 1; null when there was nothing to divide by." });
const week = z.iso.date().meta({ description: "The Monday (UTC) the week starts on." });
const month = z.string().meta({ example: "2026-11" });
const range = z.object({ from: z.iso.date(), to: z.iso.date() }).meta({ description: "The days (UTC) covered, both included." });

export const vettingInsightSchema = z
  .object({
    range,
    weeks: z.array(z.object({ week, applied: count, screening: count, interview: count, approved: count, rejected: count })),
    applicants: count.meta({ description: "Applications submitted in the range." }),
    conversion: z.array(z.object({ stage: z.enum(["SCREENING", "INTERVIEW", "APPROVED"]), reached: count, share: shareOrNull })),
    timeInStage: z.array(z.object({ stage: z.enum(["APPLIED", "SCREENING", "INTERVIEW"]), decisions: count, medianHours: z.number().nullable() })),
  })
  .meta({ id: "VettingInsight" });

export const shortlistInsightSchema = z
  .object({
    range,
    weeks: z.array(z.object({ week, submitted: count, due: count, kept: count, missed: count, hitRate: shareOrNull })),
    distribution: z.array(z.object({ key: z.string(), label: z.string(), requests: count })),
    medianHours: z.number().nullable(),
    kept: count,
    due: count,
  })
  .meta({ id: "ShortlistInsight" });

export const moneyInsightSchema = z
  .object({
    range,
    currencies: z.array(
      z.object({
        currency: z.string(),
        weeks: z.array(z.object({ week, gmvCents: cents, feesCents: cents, refundsCents: cents })),
        gmvCents: cents,
        feesCents: cents,
        refundsCents: cents,
      }),
    ),
    disputes: z.array(z.object({ week, opened: count, resolved: count })),
  })
  .meta({ id: "MoneyInsight" });

export const contractsInsightSchema = z
  .object({ range, weeks: z.array(z.object({ week, active: count, started: count, ended: count })) })
  .meta({ id: "ContractsInsight" });

export const skillsInsightSchema = z
  .object({
    range,
    skills: z.array(z.object({ skill: z.string(), requests: count, approvedExperts: count, requestsPerExpert: z.number().nullable() })),
  })
  .meta({ id: "SkillsInsight" });

export const earningsChartSchema = z
  .object({ currencies: z.array(z.object({ currency: z.string(), months: z.array(z.object({ month, releasedCents: cents, paidCents: cents })) })) })
  .meta({ id: "EarningsChart" });

export const spendChartSchema = z
  .object({
    currencies: z.array(z.object({ currency: z.string(), months: z.array(z.object({ month, fundedCents: cents, refundedCents: cents, netCents: cents })) })),
  })
  .meta({ id: "SpendChart" });
