import { z } from "zod";

// The amendment API's path ids and answers (for the operations and the OpenAPI document). Inputs are in
// schemas.ts. Dates travel as ISO 8601 strings, money as integer cents.

const malformed = (what: string) => `The ${what} id in the URL is malformed.`;
const pathId = (what: string) =>
  z
    .string({ error: malformed(what) })
    .min(1, malformed(what))
    .max(64, malformed(what));

/** `{id}` of /api/v1/contracts/{id}/amendments. */
export const amendmentContractPathSchema = z.object({ id: pathId("contract") });
/** `{id}` and `{amendmentId}` of /api/v1/contracts/{id}/amendments/{amendmentId}/…. */
export const amendmentPathSchema = z.object({ id: pathId("contract"), amendmentId: pathId("change") });

const dateTime = z.iso.datetime();
const kind = z.enum(["ADD_MILESTONE", "CHANGE_MILESTONE", "CHANGE_HOURLY_TERMS"]);
const status = z.enum(["PROPOSED", "ACCEPTED", "DECLINED", "WITHDRAWN", "SUPERSEDED"]);
const terms = z
  .record(z.string(), z.unknown())
  .meta({ description: "{ title, description, amountCents, dueDate } of a milestone, or { hourlyRateCents, weeklyCapMinutes }." });

export const amendmentStateSchema = z.object({ id: z.string(), status }).meta({ id: "AmendmentState" });

export const acceptedAmendmentSchema = z
  .object({
    id: z.string(),
    status: z.literal("ACCEPTED"),
    milestoneId: z.string().nullable().meta({ description: "The milestone changed or added." }),
    effectiveFrom: dateTime.nullable().meta({ description: "Hourly terms: the Monday 00:00 (contract's week time zone) they apply from." }),
  })
  .meta({ id: "AcceptedAmendment" });

const amendmentSchema = z
  .object({
    id: z.string(),
    kind,
    status,
    milestoneId: z.string().nullable(),
    before: terms,
    after: terms,
    note: z.string(),
    proposedBySide: z.enum(["CLIENT", "EXPERT"]),
    proposedBy: z.object({ name: z.string() }).nullable(),
    respondedBy: z.object({ name: z.string() }).nullable(),
    effectiveFrom: dateTime.nullable(),
    appliedAt: dateTime.nullable(),
    proposedAt: dateTime,
    respondedAt: dateTime.nullable(),
  })
  .meta({ id: "ContractAmendment", description: "One proposed change to a contract's terms and what became of it." });

export const amendmentListSchema = z
  .object({
    currency: z.string(),
    billing: z.enum(["FIXED", "HOURLY"]),
    hourlyTerms: z
      .object({ hourlyRateCents: z.number().int(), weeklyCapMinutes: z.number().int() })
      .nullable()
      .meta({ description: "An hourly contract's terms for the week under way." }),
    amendments: z.array(amendmentSchema).meta({ description: "Newest first, up to 200." }),
  })
  .meta({ id: "AmendmentList" });
