import type { Role } from "../../../generated/prisma/enums";
import type { Party } from "./api-client";
import { secretsOf, type World } from "./fixtures";

// Who calls, and what their calls point at. "client" and "expert" are set A, the owners of every
// record the matrix aims at; "otherClient" and "otherExpert" are set B: the right role, but not theirs.

export const ACTORS = ["anonymous", "client", "otherClient", "expert", "otherExpert", "admin"] as const;
export type Actor = (typeof ACTORS)[number];

export const ACTOR_ROLE: Record<Actor, Role | null> = {
  anonymous: null,
  client: "CLIENT",
  otherClient: "CLIENT",
  expert: "EXPERT",
  otherExpert: "EXPERT",
  admin: "ADMIN",
};

export const ACTOR_LABEL: Record<Actor, string> = {
  anonymous: "anonymous",
  client: "client (A)",
  otherClient: "another company's client (B)",
  expert: "expert (A)",
  otherExpert: "another expert (B)",
  admin: "admin",
};

export const isOutsider = (actor: Actor) => actor === "otherClient" || actor === "otherExpert";

export function partyOf(actor: Actor, world: World): Party | null {
  switch (actor) {
    case "anonymous":
      return null;
    case "client":
      return world.a.client;
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
  apiToken: { ownedByA: true, describe: "A's client's spare API token (another user's token)", id: (world: World) => world.a.apiTokenId },
  contract: { ownedByA: true, describe: "A's proposed contract (another company's contract)", id: (world: World) => world.a.contractId },
  milestone: { ownedByA: true, describe: "the first milestone of A's contract (another company's milestone)", id: (world: World) => world.a.milestoneIds[0] },
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
  dataExport: { ownedByA: true, describe: "A's client's ready data export (anyone else's export)", id: (world: World) => world.dataExportId },
  failedJob: { ownedByA: false, describe: "a failed job (admins only)", id: (world: World) => world.failedJobId },
  discardableJob: { ownedByA: false, describe: "another failed job, to discard (admins only)", id: (world: World) => world.discardableJobId },
} as const;
export type RecordKind = keyof typeof RECORDS;

/** Strings that must not appear in an answer to `actor`: the other set's people and records (admins may see all). */
export function secretsHiddenFrom(actor: Actor, world: World): string[] {
  if (actor === "admin") return [];
  if (actor === "anonymous") return [...secretsOf(world.a), ...secretsOf(world.b)];
  return isOutsider(actor) ? secretsOf(world.a) : secretsOf(world.b);
}

/** The leaked secrets in `text`, leaving out what the caller sent itself (a 404 may name the id it was asked for). */
export function leakedSecrets(text: string, secrets: readonly string[], sent: string): string[] {
  return secrets.filter((secret) => secret.length > 0 && text.includes(secret) && !sent.includes(secret));
}
