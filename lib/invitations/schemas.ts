import { z } from "zod";
import { idPathSchema } from "@/lib/api/path-params";
import { fileSummarySchema } from "@/lib/files/schemas";
import { invitationResponseSchema } from "@/lib/matching/schemas";

// The accept and decline bodies are the two variants of the one response schema, minus the
// discriminator that the URL already says.

const [acceptVariant, declineVariant] = invitationResponseSchema.options;

export const acceptInvitationSchema = acceptVariant.omit({ decision: true }).meta({ id: "AcceptInvitation" });
export const declineInvitationSchema = declineVariant.omit({ decision: true }).meta({ id: "DeclineInvitation" });

export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
export type DeclineInvitationInput = z.infer<typeof declineInvitationSchema>;

export const INVITATION_STATES = ["OPEN", "ACCEPTED", "SHORTLISTED", "HIRED", "PASSED", "DECLINED", "EXPIRED", "CLOSED"] as const;

/** The `{id}` of /api/v1/invitations/{id}/…: the invitation's match id. */
export const invitationPathSchema = idPathSchema("invitation");

// Responses. Dates travel as ISO 8601 strings.
const dateTime = z.iso.datetime();

const invitationRequestSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().meta({ description: "An excerpt in lists, the whole text for one invitation." }),
  companyName: z.string(),
  clientReputation: z.string().nullable().meta({
    description: 'What experts said of this client and whether it pays on time, e.g. "This client: 4.8 from 6 reviews · pays on time"; null without history.',
  }),
  requiredSkills: z.array(z.string()),
  niceToHaveSkills: z.array(z.string()),
  engagement: z.enum(["FIXED_PRICE", "HOURLY"]).meta({ description: "How the work is paid; the budget is an hourly rate for both." }),
  budgetMinCents: z.number().int().nullable().meta({ description: "Hourly, in minor units of `currency`." }),
  budgetMaxCents: z.number().int(),
  currency: z.string(),
  hoursPerWeek: z.number().int().nullable(),
  durationWeeks: z.number().int().nullable(),
  startDate: dateTime.nullable(),
  timezone: z.string(),
  files: z
    .array(fileSummarySchema)
    .meta({ description: "The brief's attachments, while the invitation is open, accepted, shortlisted or hired; empty otherwise." }),
});

export const invitationSchema = z
  .object({
    id: z.string(),
    state: z.enum(INVITATION_STATES).meta({ description: "OPEN while it can be answered; CLOSED when the request stopped looking." }),
    isHandPicked: z.boolean(),
    invitedAt: dateTime,
    expiresAt: dateTime,
    respondedAt: dateTime.nullable(),
    responseNote: z.string().nullable(),
    declineReason: z.string().nullable(),
    reasons: z.array(z.string()).meta({ description: "Why this expert was matched, in words." }),
    request: invitationRequestSchema,
  })
  .meta({ id: "Invitation" });

export const invitationListSchema = z
  .object({
    now: dateTime,
    open: z.array(invitationSchema).meta({ description: "Waiting for an answer, the soonest to expire first." }),
    answered: z.array(invitationSchema).meta({ description: "Answered, expired or closed, the latest first." }),
  })
  .meta({ id: "InvitationList" });

export const invitationAnswerSchema = z.object({ id: z.string(), status: z.enum(["ACCEPTED", "DECLINED"]) }).meta({ id: "InvitationAnswer" });
