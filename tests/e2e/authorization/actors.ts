import type { CompanyRole, Role } from "../../../generated/prisma/enums";
import { type CompanyAbility, companyPermissions } from "../../../lib/teams/permissions";
import type { Party } from "./api-client";
import { secretsOf, type World } from "./fixtures";

// Who calls, and what their calls point at. "client" (an owner of company A) and "expert" are set A,
// the owners of every record the matrix aims at; "hiringManager", "finance" and "viewer" are A's
// colleagues, each allowed what their company role allows (lib/teams/permissions.ts); "otherClient"
// (an owner of company B) and "otherExpert" are set B: the right role, but not theirs.

export const ACTORS = ["anonymous", "client", "hiringManager", "finance", "viewer", "otherClient", "expert", "otherExpert", "admin"] as const;
export type Actor = (typeof ACTORS)[number];

export const ACTOR_ROLE: Record<Actor, Role | null> = {
  anonymous: null,
  client: "CLIENT",
  hiringManager: "CLIENT",
  finance: "CLIENT",
  viewer: "CLIENT",
  otherClient: "CLIENT",
  expert: "EXPERT",
  otherExpert: "EXPERT",
  admin: "ADMIN",
};

export const ACTOR_LABEL: Record<Actor, string> = {
  anonymous: "anonymous",
  client: "client (A's owner)",
  hiringManager: "A's hiring manager",
  finance: "A's finance member",
  viewer: "A's viewer",
  otherClient: "another company's client (B)",
  expert: "expert (A)",
  otherExpert: "another expert (B)",
  admin: "admin",
};

export const isOutsider = (actor: Actor) => actor === "otherClient" || actor === "otherExpert";

const COMPANY_ROLE: Partial<Record<Actor, CompanyRole>> = {
  client: "OWNER",
  hiringManager: "HIRING_MANAGER",
  finance: "FINANCE",
  viewer: "VIEWER",
  otherClient: "OWNER",
};

/** Whether the actor is a company member whose role lacks `ability` (such a call is refused with a 403). */
export const lacksAbility = (actor: Actor, ability: CompanyAbility | undefined) => {
  const role = COMPANY_ROLE[actor];
  return ability !== undefined && role !== undefined && !companyPermissions[role].has(ability);
};

/** A's colleagues of the owner, and the owners themselves: set A's company side. */
export const isMemberOfA = (actor: Actor) => actor === "client" || actor === "hiringManager" || actor === "finance" || actor === "viewer";

export function partyOf(actor: Actor, world: World): Party | null {
  switch (actor) {
    case "anonymous":
      return null;
    case "client":
      return world.a.client;
    case "hiringManager":
      return world.a.team.hiringManager;
    case "finance":
      return world.a.team.finance;
    case "viewer":
      return world.a.team.viewer;
    case "otherClient":
      return world.b.client;
    case "expert":
      return world.a.expert;
    case "otherExpert":
      return world.b.expert;
    case "admin":
      return world.admin;
  }
}

/** The records an id can point at. `ownedByA`: set A's, so B's people must get a 404 for it. */
export const RECORDS = {
  request: { ownedByA: true, describe: "A's hiring request (for B's client: another company's request)", id: (world: World) => world.a.requestId },
  match: { ownedByA: true, describe: "A's shortlisted expert on A's request (another company's shortlist)", id: (world: World) => world.a.matchId },
  invitation: {
    ownedByA: true,
    describe: "A's expert's open invitation (for B's expert: another expert's invitation)",
    id: (world: World) => world.a.invitationId,
  },
  conversation: {
    ownedByA: true,
    describe: "A's client–expert conversation (one B's people and the admin are not in; its contract is not disputed)",
    id: (world: World) => world.a.conversationId,
  },
  expertProfile: {
    ownedByA: true,
    describe: "A's shortlisted expert's profile (for B: an expert on another company's shortlist; for B's expert: another expert)",
    id: (world: World) => world.a.expertProfileId,
  },
  portfolioItem: {
    ownedByA: true,
    describe: "A's expert's first portfolio item (another expert's item)",
    id: (world: World) => world.profile.portfolioItemIds[0],
  },
  sparePortfolioItem: {
    ownedByA: true,
    describe: "A's expert's second portfolio item, to delete (another expert's item)",
    id: (world: World) => world.profile.portfolioItemIds[1],
  },
  apiToken: { ownedByA: true, describe: "A's client's spare API token (another user's token)", id: (world: World) => world.a.apiTokenId },
  contract: { ownedByA: true, describe: "A's proposed contract (another company's contract)", id: (world: World) => world.a.contractId },
  milestone: { ownedByA: true, describe: "the first milestone of A's contract (another company's milestone)", id: (world: World) => world.a.milestoneIds[0] },
  hourlyContract: { ownedByA: true, describe: "A's active hourly contract (another company's contract)", id: (world: World) => world.timesheet.contractId },
  timeEntry: { ownedByA: true, describe: "A's expert's entry of this week (another expert's entry)", id: (world: World) => world.timesheet.entryId },
  reviewWeek: { ownedByA: true, describe: "A's closed week in review (another company's week)", id: (world: World) => world.timesheet.reviewWeekId },
  applicant: {
    ownedByA: false,
    describe: "an applicant waiting in APPLIED (another applicant: admins only)",
    id: (world: World) => world.applicant.expertProfileId,
  },
  interviewee: { ownedByA: false, describe: "an applicant at INTERVIEW with an interview booked", id: (world: World) => world.interviewee.expertProfileId },
  user: { ownedByA: false, describe: "a throwaway client account (another user: admins only)", id: (world: World) => world.throwawayUserId },
  dispute: { ownedByA: false, describe: "B's open dispute on a paid milestone (admins resolve it)", id: (world: World) => world.b.disputeId },
  payment: {
    ownedByA: false,
    describe: "B's succeeded payment, not under review (admins only: refunding it from review is a 409)",
    id: (world: World) => world.b.paymentId,
  },
  teamInvitation: {
    ownedByA: true,
    describe: "A's pending team invitation (another company's invitation)",
    id: (world: World) => world.a.teamInvitation.id,
  },
  teamMember: { ownedByA: true, describe: "a spare viewer in A's company (another company's member)", id: (world: World) => world.a.team.spareMember.userId },
  dataExport: { ownedByA: true, describe: "A's client's ready data export (anyone else's export)", id: (world: World) => world.dataExportId },
  file: { ownedByA: true, describe: "A's client's uploaded image (another user's file)", id: (world: World) => world.files.fileId },
  spareFile: { ownedByA: true, describe: "another of A's client's files, not attached (another user's file)", id: (world: World) => world.files.spareFileId },
  chatFile: {
    ownedByA: true,
    describe: "a file A's client sent in A's conversation (only its members open it)",
    id: (world: World) => world.a.attached.chatFileId,
  },
  deliverableFile: {
    ownedByA: true,
    describe: "a file A's expert handed in on A's milestone (the contract's parties and admins)",
    id: (world: World) => world.a.attached.deliverableFileId,
  },
  briefFile: {
    ownedByA: true,
    describe: "a file in A's request brief (A's company, the experts on its shortlist, admins)",
    id: (world: World) => world.a.attached.briefFileId,
  },
  failedJob: { ownedByA: false, describe: "a failed job (admins only)", id: (world: World) => world.failedJobId },
  discardableJob: { ownedByA: false, describe: "another failed job, to discard (admins only)", id: (world: World) => world.discardableJobId },
} as const;
export type RecordKind = keyof typeof RECORDS;

/** Strings that must not appear in an answer to `actor`: the other set's people and records (admins may see all). */
export function secretsHiddenFrom(actor: Actor, world: World): string[] {
  if (actor === "admin") return [];
  if (actor === "anonymous") return [...secretsOf(world.a), ...secretsOf(world.b)];
  if (isOutsider(actor)) return secretsOf(world.a);
  // Colleagues whose role has no conversations must not learn even the id of A's.
  return lacksAbility(actor, "chat") ? [...secretsOf(world.b), world.a.conversationId, world.a.attached.chatFileId] : secretsOf(world.b);
}

/** The leaked secrets in `text`, leaving out what the caller sent itself (a 404 may name the id it was asked for). */
export function leakedSecrets(text: string, secrets: readonly string[], sent: string): string[] {
  return secrets.filter((secret) => secret.length > 0 && text.includes(secret) && !sent.includes(secret));
}
