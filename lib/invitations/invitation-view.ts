import type { Prisma } from "@/generated/prisma/client";
import { ATTACHED_FILES } from "@/lib/files/attached-files";
import { toFileSummary } from "@/lib/files/serialize";
import type { ClientReputation } from "@/lib/reviews/client-reputation";
import type { INVITATION_STATES } from "./schemas";

// The shape an expert sees of one invitation, shared by the list and the single read.

export type InvitationState = (typeof INVITATION_STATES)[number];

const EXCERPT_LENGTH = 280;

/** Still answerable: invited, not expired, and the request still matching. */
export function openInvitationWhere(now: Date): Prisma.MatchWhereInput {
  return { status: "INVITED", expiresAt: { gt: now }, request: { status: "MATCHING" } };
}

// The client's identity beyond the company name, the budget's internals and other experts stay out.
export const INVITATION_SELECT = {
  id: true,
  status: true,
  isHandPicked: true,
  invitedAt: true,
  expiresAt: true,
  respondedAt: true,
  responseNote: true,
  declineReason: true,
  scoreBreakdown: true,
  request: {
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      engagement: true,
      budgetMinCents: true,
      budgetMaxCents: true,
      currency: true,
      hoursPerWeek: true,
      durationWeeks: true,
      startDate: true,
      timezone: true,
      company: { select: { id: true, name: true } },
      skills: { orderBy: { skill: { name: "asc" } }, select: { isRequired: true, skill: { select: { name: true } } } },
      files: ATTACHED_FILES,
    },
  },
} satisfies Prisma.MatchSelect;

type InvitationRow = Prisma.MatchGetPayload<{ select: typeof INVITATION_SELECT }>;

export type InvitationView = ReturnType<typeof toInvitationView>;

/** The states in which the expert may open the brief's files (lib/requests/brief-access.ts). */
const BRIEF_STATES: readonly InvitationState[] = ["OPEN", "ACCEPTED", "SHORTLISTED", "HIRED"];

export function toInvitationView(row: InvitationRow, now: Date, { isExcerpt, reputation }: { isExcerpt: boolean; reputation: ClientReputation | undefined }) {
  const { request, scoreBreakdown, status, ...match } = row;
  const state = stateOf(row, now);
  return {
    ...match,
    state,
    reasons: reasonsOf(scoreBreakdown),
    request: {
      id: request.id,
      title: request.title,
      description: isExcerpt ? excerptOf(request.description) : request.description,
      companyName: request.company.name,
      clientReputation: reputation?.summary ?? null,
      requiredSkills: request.skills.filter((skill) => skill.isRequired).map((skill) => skill.skill.name),
      niceToHaveSkills: request.skills.filter((skill) => !skill.isRequired).map((skill) => skill.skill.name),
      engagement: request.engagement,
      budgetMinCents: request.budgetMinCents,
      budgetMaxCents: request.budgetMaxCents,
      currency: request.currency,
      hoursPerWeek: request.hoursPerWeek,
      durationWeeks: request.durationWeeks,
      startDate: request.startDate,
      timezone: request.timezone,
      files: BRIEF_STATES.includes(state) ? request.files.map(toFileSummary) : [],
    },
  };
}

// An invitation still INVITED after its expiry (the timer has not run yet) already reads as expired;
// one on a request no longer matching (written before invitations closed with their request) as closed.
function stateOf(row: InvitationRow, now: Date): InvitationState {
  if (row.status !== "INVITED") return row.status;
  if (row.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return row.request.status === "MATCHING" ? "OPEN" : "CLOSED";
}

function reasonsOf(breakdown: Prisma.JsonValue): string[] {
  if (typeof breakdown !== "object" || breakdown === null || Array.isArray(breakdown)) return [];
  const { reasons } = breakdown;
  return Array.isArray(reasons) ? reasons.filter((reason): reason is string => typeof reason === "string") : [];
}

function excerptOf(text: string) {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
