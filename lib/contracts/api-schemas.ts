import { z } from "zod";
import { milestoneSubmissionSchema } from "@/lib/milestones/api-schemas";
import { contractReviewsSchema } from "@/lib/reviews/api-schemas";

// The contract API's path ids, query and response shapes (for the operations and the OpenAPI
// document). Inputs are in schemas.ts. Dates travel as ISO 8601 strings, money as integer cents.

const idSchema = z.string().min(1).max(64);

const malformedContractId = "The contract id in the URL is malformed.";
/** The `{id}` of /api/v1/contracts/{id}/…, checked before it reaches a query. */
export const contractPathSchema = z.object({ id: z.string({ error: malformedContractId }).min(1, malformedContractId).max(64, malformedContractId) });

export const listContractsQuerySchema = z.strictObject({
  cursor: idSchema.optional().meta({ description: "nextCursor from the previous page." }),
});
export type ListContractsQuery = z.infer<typeof listContractsQuerySchema>;

const dateTime = z.iso.datetime();
const cents = z.number().int();
const contractStatus = z.enum(["PROPOSED", "ACTIVE", "COMPLETED", "CANCELLED", "DISPUTED"]);
const milestoneStatus = z.enum(["PENDING", "FUNDING", "FUNDED", "SUBMITTED", "CHANGES_REQUESTED", "RELEASED", "REFUNDED", "DISPUTED"]);

export const contractStateSchema = z.object({ id: z.string(), status: contractStatus }).meta({ id: "ContractState" });

const moneySchema = z
  .object({
    currency: z.string(),
    fundedCents: cents,
    heldCents: cents.meta({ description: "Held by Vetted until the client approves: funded − released − refunded." }),
    releasedCents: cents.meta({ description: "Paid to the expert plus the platform fee." }),
    paidToExpertCents: cents.meta({ description: "Everything the expert was paid on this contract, a trial payout at Vetted's cost included." }),
    feesCents: cents,
    refundedCents: cents,
  })
  .meta({ id: "ContractMoney", description: "From the ledger." });

const actionFlags = <const Keys extends string>(keys: readonly Keys[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.boolean()])) as Record<Keys, z.ZodBoolean>);

const milestoneSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  description: z.string(),
  amountCents: cents,
  kind: z.enum(["FIXED", "HOURLY_WEEK", "BONUS"]).meta({ description: "A fixed milestone, an hourly week, or a bonus (released as soon as it is paid)." }),
  releasedCents: cents.meta({
    description: "Released to the expert so far (partial releases included); amountCents − releasedCents is still held or unfunded.",
  }),
  feeCents: cents.meta({ description: "The platform fee kept at release." }),
  expertReceivesCents: cents.meta({ description: "amountCents − feeCents: what the expert is paid on release." }),
  dueDate: dateTime.nullable(),
  status: milestoneStatus,
  fundingFailureReason: z.string().nullable(),
  submissionNote: z.string().nullable(),
  submissionLinks: z.array(z.string()),
  changesRequestedNote: z.string().nullable(),
  submissions: z.array(milestoneSubmissionSchema).meta({ description: "The revision timeline, oldest round first." }),
  fundedAt: dateTime.nullable(),
  submittedAt: dateTime.nullable(),
  autoReleaseAt: dateTime.nullable(),
  releasedAt: dateTime.nullable(),
  refundedAt: dateTime.nullable(),
  dispute: z
    .object({
      status: z.enum(["OPEN", "RESOLVED"]),
      reason: z.string(),
      outcome: z.enum(["RELEASE", "REFUND", "SPLIT"]).nullable(),
      resolutionNote: z.string().nullable(),
      createdAt: dateTime,
      resolvedAt: dateTime.nullable(),
      openedByName: z.string().nullable(),
    })
    .nullable(),
  documents: z.array(z.object({ id: z.string(), title: z.string(), number: z.string(), downloadUrl: z.string().nullable() })).meta({
    description: "Its receipts and credit notes, oldest first; empty for viewers who may not see billing (only owners, finance members and admins may).",
  }),
  endRefund: z
    .object({
      status: z.enum(["REQUESTED", "AGREED", "DISPUTED"]),
      consentDeadline: dateTime.meta({ description: "The expert agrees or disputes before this; silence agrees then." }),
      isAgreedBySilence: z.boolean(),
      canAnswer: z.boolean().meta({ description: "This viewer (the expert) may answer now: POST /api/v1/milestones/{id}/end-refund." }),
    })
    .nullable()
    .meta({ description: "The refund the client asked for when the contract ended, for funded work not submitted." }),
  actions: actionFlags(["fund", "submit", "approve", "releasePart", "requestChanges", "cancel", "dispute"]).meta({
    description: "The buttons this viewer gets.",
  }),
});

const endingSchema = z
  .object({
    trialEndsAt: dateTime.nullable().meta({ description: "The trial runs from acceptance until then (TRIAL_DAYS)." }),
    isInTrial: z.boolean(),
    endedAt: dateTime.nullable(),
    endedByName: z.string().nullable(),
    endReason: z.enum(["NOT_A_FIT", "WORK_DONE", "NO_LONGER_NEEDED", "UNRESPONSIVE", "OTHER"]).nullable(),
    endNote: z.string().nullable(),
    isEndedInTrial: z.boolean(),
    replacementRequestedAt: dateTime.nullable(),
    trialPayout: z
      .object({ amountCents: cents, status: z.enum(["PENDING", "PAID", "REVERSED", "FAILED"]) })
      .nullable()
      .meta({ description: "What Vetted pays the expert, at its own cost, for work submitted in the trial." }),
    actions: actionFlags(["end", "requestReplacement"]),
  })
  .meta({ id: "ContractEnding", description: "The trial, the early end and the ending buttons this viewer gets." });

export const contractDetailSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: contractStatus,
    currency: z.string(),
    totalCents: cents,
    platformFeeBps: z.number().int(),
    billing: z.enum(["FIXED", "HOURLY"]),
    hourly: z
      .object({
        hourlyRateCents: cents,
        weeklyCapMinutes: z.number().int().meta({ description: "The weekly cap, in minutes (quarter hours)." }),
        weekTimeZone: z.string().meta({ description: "The IANA time zone whose Monday–Sunday weeks are billed." }),
      })
      .nullable()
      .meta({ description: "An hourly contract's terms; its weeks: GET /api/v1/contracts/{id}/weeks." }),
    milestones: z.array(milestoneSchema).meta({ description: "The fixed-price milestones (kind FIXED); hourly weeks are listed with the timesheet." }),
    proposedAt: dateTime,
    acceptedAt: dateTime.nullable(),
    completedAt: dateTime.nullable(),
    cancelledAt: dateTime.nullable(),
    ending: endingSchema,
    viewerRole: z.enum(["CLIENT", "EXPERT", "ADMIN"]),
    request: z.object({ id: z.string(), title: z.string() }),
    parties: z.object({
      companyName: z.string(),
      clientName: z.string(),
      expert: z.object({
        profileId: z.string().meta({ description: "The expert's profile id: GET /api/v1/experts/{id} reads the full profile." }),
        name: z.string(),
        headline: z.string(),
        payoutsEnabled: z.boolean(),
      }),
    }),
    money: moneySchema,
    conversationId: z.string().nullable().meta({ description: "Only when the viewer takes part in the conversation." }),
    reviews: contractReviewsSchema,
    actions: actionFlags(["accept", "decline", "withdraw", "review", "proposeChange", "payBonus"]),
  })
  .meta({ id: "ContractDetail" });

export const contractListSchema = z
  .object({
    contracts: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        status: contractStatus,
        currency: z.string(),
        totalCents: cents,
        proposedAt: dateTime,
        companyName: z.string(),
        expertName: z.string(),
        milestoneCount: z.number().int(),
        settledMilestoneCount: z.number().int().meta({ description: "Released or refunded." }),
        fundedCents: cents,
        heldCents: cents,
        releasedCents: cents,
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "ContractList" });
