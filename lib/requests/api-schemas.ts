import { z } from "zod";
import { AppError } from "@/lib/errors";
import { fileIdListSchema } from "@/lib/files/attachment-ids";
import { fileSummarySchema } from "@/lib/files/schemas";
import { BUDGET_BOUNDS_CHECK, requestFieldsSchema } from "./schemas";

// The HTTP shapes around lib/requests/schemas.ts: the draft changes and create bodies, the list
// query, and the responses. Field rules come from requestFieldsSchema, so form, API and docs agree.

const fields = requestFieldsSchema.shape;

/**
 * Fields to store on a draft: any subset, each valid on its own, and no defaults filled in, so a
 * change to one field never resets another.
 */
export const draftChangesSchema = z.strictObject({
  title: fields.title.optional(),
  description: fields.description.optional(),
  requiredSkills: fields.requiredSkills.optional(),
  niceToHaveSkillIds: fields.niceToHaveSkillIds.removeDefault().optional(),
  engagement: fields.engagement.removeDefault().optional(),
  currency: fields.currency.removeDefault().optional(),
  budgetMinCents: fields.budgetMinCents.removeDefault().optional(),
  budgetMaxCents: fields.budgetMaxCents.optional(),
  budgetTolerancePercent: fields.budgetTolerancePercent.removeDefault().optional(),
  startDate: fields.startDate.optional(),
  durationWeeks: fields.durationWeeks.optional(),
  hoursPerWeek: fields.hoursPerWeek.optional(),
  timezone: fields.timezone.optional(),
  minOverlapHours: fields.minOverlapHours.removeDefault().optional(),
});

export type DraftChanges = z.infer<typeof draftChangesSchema>;
export type DraftField = keyof DraftChanges;
export const DRAFT_FIELDS = Object.keys(draftChangesSchema.shape) as DraftField[];

/** Files in a brief: a spec, mockups, a data sample. */
export const REQUEST_MAX_FILES = 10;

const briefFileIds = fileIdListSchema(REQUEST_MAX_FILES, `Attach at most ${REQUEST_MAX_FILES} files to a request; put the rest in a shared folder and link it.`)
  .optional()
  .meta({
    description:
      "The draft's attachments, all of them: uploaded, ready REQUEST_BRIEF files (POST /api/v1/files). Files left out are removed; omit the field to keep them as they are.",
  });

/** A draft's changes as the API and the wizard send them: the fields, and the brief's files. */
export const draftUpdateSchema = draftChangesSchema.extend({ fileIds: briefFileIds }).superRefine(...BUDGET_BOUNDS_CHECK);
export type DraftUpdate = z.infer<typeof draftUpdateSchema>;

export const createRequestBodySchema = draftChangesSchema
  .extend({
    fileIds: briefFileIds,
    submit: z
      .boolean({ error: "Use true to submit at once or false to save a draft." })
      .default(false)
      .meta({ description: "true: every field is required and matching starts at once. false: saved as a draft." }),
  })
  // An empty body would make an empty draft nobody can recognise: a draft starts with its title.
  .refine((body) => body.submit || body.title !== undefined, { path: ["title"], message: "Give the request a title before saving it as a draft." })
  .superRefine(...BUDGET_BOUNDS_CHECK)
  .meta({ id: "CreateRequestBody" });
export type CreateRequestBody = z.output<typeof createRequestBodySchema>;

export const REQUEST_STATUSES = ["DRAFT", "MATCHING", "MATCHED", "HIRED", "CLOSED", "CANCELLED"] as const;
export const MATCH_STATUSES = ["INVITED", "ACCEPTED", "DECLINED", "EXPIRED", "SHORTLISTED", "HIRED", "PASSED"] as const;
export const LIST_LIMIT_DEFAULT = 20;
export const LIST_LIMIT_MAX = 100;

export const listRequestsQuerySchema = z.object({
  status: z.enum(REQUEST_STATUSES, { error: `Use one of ${REQUEST_STATUSES.join(", ")}.` }).optional(),
  cursor: z.string().min(1).max(64).optional().meta({ description: "nextCursor from the previous page." }),
  limit: z.coerce.number().int().min(1).max(LIST_LIMIT_MAX, `At most ${LIST_LIMIT_MAX} a page.`).default(LIST_LIMIT_DEFAULT),
});

export type ListRequestsQuery = z.infer<typeof listRequestsQuerySchema>;

/** A request id from a URL: anything else cannot name a request. */
export const requestIdSchema = z.string().min(1).max(64);

const malformedRequestId = "The request id in the URL is malformed.";
/** The `{id}` of /api/v1/requests/{id}/…, checked before it reaches a query. */
export const requestPathSchema = z.object({ id: z.string({ error: malformedRequestId }).min(1, malformedRequestId).max(64, malformedRequestId) });

// Responses. Dates travel as ISO 8601 strings.
const dateTime = z.iso.datetime();
const requestStatus = z.enum(REQUEST_STATUSES);
const matchCounts = z.object(
  Object.fromEntries(MATCH_STATUSES.map((status) => [status, z.number().int()])) as Record<(typeof MATCH_STATUSES)[number], z.ZodNumber>,
);

export const createdRequestSchema = z.object({ id: z.string(), status: requestStatus, matchDeadline: dateTime.nullable() }).meta({ id: "CreatedRequest" });

export const submittedRequestSchema = z.object({ matchDeadline: dateTime }).meta({ id: "SubmittedRequest" });

export const updatedDraftSchema = z.object({ id: z.string(), status: z.literal("DRAFT") }).meta({ id: "UpdatedDraft" });

export const cancelledRequestSchema = z
  .object({ id: z.string(), status: z.literal("CANCELLED"), cancelledAt: dateTime, expiredInvitations: z.number().int() })
  .meta({ id: "CancelledRequest" });

export const requestSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: requestStatus,
    slaBreached: z.boolean(),
    createdAt: dateTime,
    submittedAt: dateTime.nullable(),
    matchDeadline: dateTime.nullable(),
    matchCounts,
  })
  .meta({ id: "RequestSummary" });

export const requestListSchema = z.object({ requests: z.array(requestSummarySchema), nextCursor: z.string().nullable() }).meta({ id: "RequestList" });

const shortlistedExpertSchema = z.object({
  matchId: z.string(),
  status: z.enum(["SHORTLISTED", "HIRED", "PASSED"]),
  isHandPicked: z.boolean(),
  conversationId: z.string().nullable(),
  contractId: z.string().nullable().meta({ description: "The open proposal or the contract with this expert." }),
  reasons: z.array(z.string()).meta({ description: "Why we matched them, in words." }),
  expert: z.object({
    profileId: z.string().meta({ description: "The expert's profile id: GET /api/v1/experts/{id} reads the full profile." }),
    photoUrl: z.string().nullable().meta({ description: "The expert's photo (a small preview), or null." }),
    name: z.string(),
    headline: z.string(),
    hourlyRateCents: z.number().int().nullable(),
    currency: z.string(),
    timezone: z.string().nullable(),
    isPayoutReady: z
      .boolean()
      .meta({ description: "Their Stripe payouts work, so milestones can be funded; otherwise funding opens when they finish payout setup." }),
    skills: z.array(z.object({ name: z.string(), level: z.string(), years: z.number().int(), isVerified: z.boolean(), isRequested: z.boolean() })),
  }),
});

export const requestDetailSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    status: requestStatus,
    slaBreached: z.boolean(),
    engagement: z.enum(["FIXED_PRICE", "HOURLY"]),
    currency: z.string(),
    budgetMinCents: z.number().int().nullable(),
    budgetMaxCents: z.number().int().nullable(),
    budgetTolerancePercent: z
      .number()
      .int()
      .meta({ description: "Experts are matched up to this many percent above budgetMaxCents, and only in the request's currency." }),
    startDate: dateTime.nullable(),
    durationWeeks: z.number().int().nullable(),
    hoursPerWeek: z.number().int().nullable(),
    timezone: z.string().nullable(),
    minOverlapHours: z.number().int(),
    createdAt: dateTime,
    submittedAt: dateTime.nullable(),
    matchDeadline: dateTime.nullable(),
    shortlistedAt: dateTime.nullable(),
    cancelledAt: dateTime.nullable(),
    requiredSkills: z.array(z.object({ skillId: z.string(), name: z.string(), minYears: z.number().int() })),
    niceToHaveSkills: z.array(z.object({ skillId: z.string(), name: z.string() })),
    files: z.array(fileSummarySchema).meta({ description: "The brief's attachments: what invited and shortlisted experts see too." }),
    progress: z
      .object({
        acceptedCount: z.number().int(),
        shortlistSize: z.number().int(),
        pendingInvitationCount: z.number().int(),
        invitedCount: z.number().int(),
        unavailableCount: z.number().int().meta({ description: "Invitations declined or expired." }),
        millisecondsLeft: z.number().int().nullable().meta({ description: "Until matchDeadline; 0 once it has passed." }),
      })
      .meta({ description: "Invitations are counted, never named, until the shortlist is delivered." }),
    shortlist: z.array(shortlistedExpertSchema),
  })
  .meta({ id: "RequestDetail" });

/** The `{id}` path segment, checked before it reaches a query. */
export function requestIdFromParams(params: Record<string, string>): string {
  const parsed = requestIdSchema.safeParse(params.id);
  if (!parsed.success) throw new AppError("BAD_REQUEST", "The request id in the URL is malformed.");
  return parsed.data;
}
