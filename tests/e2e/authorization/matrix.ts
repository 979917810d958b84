import { randomUUID } from "node:crypto";
import type { Role } from "../../../generated/prisma/enums";
import type { CompanyAbility } from "../../../lib/teams/permissions";
import { E2E_METRICS_TOKEN } from "../metrics-token";
import { ACTORS, type Actor, RECORDS, type RecordKind } from "./actors";
import { inDays } from "./api-client";
import type { HttpMethod } from "./discovery";
import type { World } from "./fixtures";
import {
  conversationOf,
  everyone,
  FORGED_WEBHOOK_SECRET,
  harmlessStripeEvent,
  oneOffAddress,
  own,
  ownersOnly,
  proposalFor,
  STANDIN_WEBHOOK_SECRET,
  stripeSignature,
  unsubscribeTokenFor,
  updatedNone,
} from "./matrix-helpers";
import { todayInUtc } from "./timesheet-fixtures";

// The authorization matrix of the JSON API: one row per (method, path) under app/api. `access` says
// who may call it, `record` what the call points at (set A's, unless said otherwise), and each
// body is valid, so that a refusal comes from authorization and not from validation. The expected
// status per actor follows from those (expectations.ts): anonymous → 401, wrong role → 403, the right
// role but set B → 404; `expect` writes down the exceptions. "ok" is any 2xx; "allowed" is 2xx or
// 409: it got past authorization and the record's state decided.
//
// Refusals run first, in parallel. The calls expected to get through run last, one at a time in
// this order (set B and the admin before set A), so rows that end a record (cancel, withdraw,
// suspend) come after the rows that still need it.

export type Access = "public" | "signed-in" | "stripe-signature" | readonly Role[];
/** "allowed-or-gone": as "allowed", or a 404 because an earlier owner's call in the run ended the record. */
export type Expected = number | "ok" | "allowed" | "allowed-or-gone";

export type RouteEntry = {
  method: HttpMethod;
  path: string;
  access: Access;
  record?: RecordKind;
  /** What a company member's role must allow (lib/teams/permissions.ts); a member without it gets a 403. */
  ability?: CompanyAbility;
  /** Path parameters besides [id], which is the record's id. */
  params?: (world: World) => Record<string, string>;
  query?: (world: World) => Record<string, string>;
  body?: (world: World, actor: Actor) => unknown;
  headers?: (world: World, actor: Actor, body: string) => Record<string, string>;
  expect?: Partial<Record<Actor, Expected>>;
  isStream?: true;
  /** A signed-in session only: with an API token every signed-in actor gets 403 (the bearer pass). */
  sessionOnly?: true;
  /** Ids a 2xx must contain (at least one), so that the leak check looks at a list that has something in it. */
  shows?: (world: World, actor: Actor) => readonly string[];
  /** A further rule for the answer; returns what is wrong, or null. */
  check?: (answer: { status: number; json: unknown }, actor: Actor) => string | null;
};

const CLIENT = ["CLIENT"] as const;
/** A's colleagues of the client: a file is its uploader's, not the company's. */
const colleaguesOfA = (expected: Expected) => ({ hiringManager: expected, finance: expected, viewer: expected });
const EXPERT = ["EXPERT"] as const;
const ADMIN = ["ADMIN"] as const;
/** An interview time ten days ahead at 10:00 UTC, as a form's wall-clock value (the rows offer it in UTC). */
const interviewSlot = { startsAt: `${inDays(10).slice(0, 10)}T10:00`, durationMinutes: 30 };

export const ROUTES: RouteEntry[] = [
  // Public, and the webhook, whose caller is Stripe: a session is no substitute for the signature.
  { method: "GET", path: "/api/health", access: "public" },
  { method: "GET", path: "/api/ready", access: "public" },
  // The scraper is no user: it holds the metrics token, and a session without it is nothing here.
  {
    method: "GET",
    path: "/api/metrics",
    access: "public",
    headers: (_, actor) => ({ authorization: `Bearer ${actor === "anonymous" ? E2E_METRICS_TOKEN : "a-token-someone-guessed"}` }),
    expect: { ...everyone(404), anonymous: "ok" },
  },
  { method: "GET", path: "/api/v1/openapi.json", access: "public" },
  {
    method: "POST",
    path: "/api/v1/accounts",
    access: "public",
    body: () => ({
      accountType: "CLIENT",
      name: "Matrix Sign-up",
      email: `e2e-authz-${randomUUID().slice(0, 8)}@example.test`,
      password: `pw-${randomUUID()}`,
      companyName: "Matrix Co",
    }),
    headers: () => ({ "x-forwarded-for": oneOffAddress() }),
  },
  {
    method: "POST",
    path: "/api/webhooks/stripe",
    access: "stripe-signature",
    body: () => JSON.stringify(harmlessStripeEvent()),
    headers: (_, actor, body) => ({ "stripe-signature": stripeSignature(body, actor === "anonymous" ? STANDIN_WEBHOOK_SECRET : FORGED_WEBHOOK_SECRET) }),
    expect: { ...everyone(400), anonymous: "ok" },
  },

  // Anyone signed in, each seeing only their own.
  { method: "GET", path: "/api/v1/me", access: "signed-in" },
  // Every actor's address is confirmed already: "already-confirmed", nothing sent.
  { method: "POST", path: "/api/v1/me/verification-email", access: "signed-in" },
  // Two-factor authentication, always the caller's own. The admin has it on; nobody else does, so
  // confirming, new recovery codes and turning off answer 409 ("not started" / "not on") to them, and
  // the admin's wrong code or password is a 422 that changes nothing.
  { method: "GET", path: "/api/v1/me/two-factor", access: "signed-in" },
  { method: "POST", path: "/api/v1/me/two-factor/enrolment", access: "signed-in", sessionOnly: true, expect: { admin: 409 } },
  {
    method: "POST",
    path: "/api/v1/me/two-factor/enrolment/confirm",
    access: "signed-in",
    sessionOnly: true,
    body: () => ({ code: "000000" }),
    expect: { client: 409, hiringManager: 409, finance: 409, viewer: 409, otherClient: 409, expert: 409, otherExpert: 409, admin: 409 },
  },
  {
    method: "POST",
    path: "/api/v1/me/two-factor/recovery-codes",
    access: "signed-in",
    sessionOnly: true,
    body: () => ({ code: "000000" }),
    expect: { client: 409, hiringManager: 409, finance: 409, viewer: 409, otherClient: 409, expert: 409, otherExpert: 409, admin: 422 },
  },
  {
    method: "POST",
    path: "/api/v1/me/two-factor/disable",
    access: "signed-in",
    sessionOnly: true,
    body: () => ({ password: "not the password at all", code: "000000" }),
    expect: { client: 409, hiringManager: 409, finance: 409, viewer: 409, otherClient: 409, expert: 409, otherExpert: 409, admin: 422 },
  },
  // The taxonomy is public: a visitor picks skills on /start before signing up (limited per address).
  { method: "GET", path: "/api/v1/skills", access: "public", query: () => ({ q: "pyth" }) },
  { method: "GET", path: "/api/v1/notifications", access: "signed-in", shows: own(ownersOnly((set) => set.notificationIds)) },
  { method: "POST", path: "/api/v1/notifications/read", access: "signed-in", body: (world) => ({ ids: world.a.notificationIds }), check: updatedNone },
  { method: "GET", path: "/api/v1/notification-preferences", access: "signed-in" },
  {
    method: "PUT",
    path: "/api/v1/notification-preferences",
    access: "signed-in",
    body: () => ({ preferences: [{ kind: "REMINDERS", isEmailEnabled: true }] }),
  },
  // The link in an email: no sign-in, the signed token is the permission (a throwaway user's here).
  {
    method: "POST",
    path: "/api/v1/unsubscribe",
    access: "public",
    query: (world) => ({ token: unsubscribeTokenFor(world.throwawayUserId) }),
    body: () => "List-Unsubscribe=One-Click",
    headers: () => ({ "content-type": "application/x-www-form-urlencoded" }),
  },
  { method: "GET", path: "/api/v1/conversations", access: "signed-in", shows: own(conversationOf) },
  { method: "GET", path: "/api/v1/conversations/[id]/messages", access: "signed-in", record: "conversation", ability: "chat", expect: { admin: 404 } },
  {
    method: "POST",
    path: "/api/v1/conversations/[id]/messages",
    access: "signed-in",
    record: "conversation",
    body: () => ({ clientMessageId: randomUUID(), body: "A message from the authorization matrix." }),
    ability: "chat",
    expect: { admin: 404 },
  },
  {
    method: "POST",
    path: "/api/v1/conversations/[id]/read",
    access: "signed-in",
    record: "conversation",
    body: () => ({}),
    ability: "chat",
    expect: { admin: 404 },
  },
  {
    method: "GET",
    path: "/api/v1/stream",
    access: "signed-in",
    record: "conversation",
    query: (world) => ({ conversationId: world.a.conversationId }),
    isStream: true,
    ability: "chat",
    expect: { admin: 404 },
  },

  // Personal API tokens: each user's own, managed only from a signed-in session.
  {
    method: "GET",
    path: "/api/v1/api-tokens",
    access: "signed-in",
    sessionOnly: true,
    shows: (world, actor) => (actor === "client" ? [world.a.apiTokenId] : actor === "otherClient" ? [world.b.apiTokenId] : []),
  },
  {
    method: "POST",
    path: "/api/v1/api-tokens",
    access: "signed-in",
    sessionOnly: true,
    body: () => ({ name: "Made by the authorization matrix", scopes: ["read"] }),
  },
  // The spare token is A's client's: A's expert and the admin are other users too.
  {
    method: "DELETE",
    path: "/api/v1/api-tokens/[id]",
    access: "signed-in",
    sessionOnly: true,
    record: "apiToken",
    expect: { hiringManager: 404, finance: 404, viewer: 404, expert: 404, admin: 404 },
  },
  // Privacy: each user's own data exports; nobody else's, admins included.
  { method: "GET", path: "/api/v1/privacy/exports", access: "signed-in" },
  { method: "POST", path: "/api/v1/privacy/exports", access: "signed-in" },
  {
    method: "GET",
    path: "/api/v1/privacy/exports/[id]/download",
    access: "signed-in",
    record: "dataExport",
    // The owner's own export: not their colleagues' either.
    expect: { expert: 404, admin: 404, hiringManager: 404, finance: 404, viewer: 404 },
  },
  // Deleting one's own account: a wrong password changes nothing for anyone (integration tests delete accounts).
  {
    method: "POST",
    path: "/api/v1/account/deletion",
    access: "signed-in",
    sessionOnly: true,
    body: () => ({ password: "not the password of anyone here", confirmation: "DELETE" }),
    expect: { ...everyone(422), anonymous: 401 },
  },

  // Files: the uploader's own. Reading also goes to admins (and, once attached, to whoever may see where
  // it is attached); completing and deleting stay the uploader's. Anyone else gets a 404, never a 403.
  {
    method: "POST",
    path: "/api/v1/files",
    access: "signed-in",
    body: () => ({ purpose: "CHAT_ATTACHMENT", name: "matrix-notes.txt", size: 12, contentType: "text/plain" }),
  },
  { method: "POST", path: "/api/v1/files/[id]/complete", access: "signed-in", record: "file", expect: { ...colleaguesOfA(404), expert: 404, admin: 404 } },
  {
    method: "GET",
    path: "/api/v1/files/[id]/download",
    access: "signed-in",
    record: "file",
    expect: { ...colleaguesOfA(404), client: 302, expert: 404, admin: 302 },
  },
  {
    method: "GET",
    path: "/api/v1/files/[id]/thumbnail",
    access: "signed-in",
    record: "file",
    expect: { ...colleaguesOfA(404), client: 302, expert: 404, admin: 302 },
  },
  {
    method: "DELETE",
    path: "/api/v1/files/[id]",
    access: "signed-in",
    record: "spareFile",
    expect: { ...colleaguesOfA(404), client: "allowed-or-gone", expert: 404, admin: 404 },
  },
  // The disk driver's signed links: the signature is the permission, so a changed one is a 403 for everyone.
  {
    method: "PUT",
    path: "/api/v1/storage/uploads/[token]",
    access: "public",
    params: (world) => ({ token: world.files.tamperedUploadToken }),
    body: () => "bytes from someone who changed the link",
    expect: everyone(403),
  },
  {
    method: "GET",
    path: "/api/v1/storage/downloads/[token]",
    access: "public",
    params: (world) => ({ token: world.files.tamperedDownloadToken }),
    expect: everyone(403),
  },

  // Hiring requests: company members, their own company's.
  { method: "GET", path: "/api/v1/requests", access: CLIENT, shows: own((set) => set.requestId) },
  { method: "POST", path: "/api/v1/requests", access: CLIENT, ability: "manageRequests", body: () => ({ title: "A draft from the authorization matrix" }) },
  { method: "GET", path: "/api/v1/requests/[id]", access: CLIENT, record: "request" },
  {
    method: "PATCH",
    path: "/api/v1/requests/[id]",
    access: CLIENT,
    ability: "manageRequests",
    record: "request",
    body: () => ({ title: "Renamed by the authorization matrix" }),
  },
  { method: "POST", path: "/api/v1/requests/[id]/submit", access: CLIENT, ability: "manageRequests", record: "request" },

  // Invitations: the invited expert's own.
  { method: "GET", path: "/api/v1/invitations", access: EXPERT, shows: own((set) => set.invitationId) },
  { method: "GET", path: "/api/v1/invitations/[id]", access: EXPERT, record: "invitation" },
  { method: "POST", path: "/api/v1/invitations/[id]/accept", access: EXPERT, record: "invitation", body: () => ({ confirmsAvailabilityAndRate: true }) },
  { method: "POST", path: "/api/v1/invitations/[id]/decline", access: EXPERT, record: "invitation", body: () => ({ reason: "Booked until March" }) },

  // Contracts: the client's company and the contract's expert; admins read all.
  // Interviews with A's shortlisted expert: the client's members who manage requests propose; then both sides
  // answer in turn (owners' calls run in this order: propose, ask for other times, new times, pick, cancel).
  // An answer out of turn is a 409; the admin takes no part.
  {
    method: "POST",
    path: "/api/v1/matches/[id]/interview",
    access: CLIENT,
    ability: "manageRequests",
    record: "match",
    body: () => ({ timeZone: "UTC", slots: [interviewSlot], callUrl: "https://meet.example.com/matrix" }),
    expect: { admin: 403 },
  },
  ...(
    [
      ["other-times", () => ({ note: "Mornings suit me better." })],
      ["reschedule", () => ({ timeZone: "UTC", slots: [interviewSlot] })],
      ["pick", () => ({ startsAt: `${interviewSlot.startsAt}:00Z` })],
      ["cancel", () => ({ reason: "Cancelled by the authorization matrix." })],
    ] as const
  ).map(
    ([action, body]): RouteEntry => ({
      method: "POST",
      path: `/api/v1/matches/[id]/interview/${action}`,
      access: ["CLIENT", "EXPERT"],
      ability: "manageRequests",
      record: "match",
      body,
      expect: { admin: 403 },
    }),
  ),
  {
    method: "GET",
    path: "/api/v1/contracts",
    access: "signed-in",
    shows: own(
      (set) => set.contractId,
      (world) => [world.a.contractId],
    ),
  },
  { method: "POST", path: "/api/v1/contracts", access: CLIENT, ability: "manageContracts", record: "match", body: (world) => proposalFor(world.a.matchId) },
  { method: "GET", path: "/api/v1/contracts/[id]", access: "signed-in", record: "contract", expect: { admin: "ok" } },
  { method: "POST", path: "/api/v1/contracts/[id]/accept", access: EXPERT, record: "contract" },
  {
    method: "POST",
    path: "/api/v1/contracts/[id]/decline",
    access: EXPERT,
    record: "contract",
    body: () => ({ reason: "The scope changed since we talked." }),
  },
  // Reviews: either side of an ended contract writes one (A's is only proposed: a 409 past authorization);
  // reading shows published reviews and the caller's own side's, admins the published ones.
  {
    method: "POST",
    path: "/api/v1/contracts/[id]/review",
    access: ["CLIENT", "EXPERT"],
    ability: "manageContracts",
    record: "contract",
    body: () => ({ rating: 5, text: "Clear and on time." }),
  },
  { method: "GET", path: "/api/v1/contracts/[id]/reviews", access: ["CLIENT", "EXPERT", "ADMIN"], record: "contract", expect: { admin: "ok" } },
  // Hire again: only an expert the company had an accepted contract with. A worked with its expert (the
  // hourly contract of the timesheet rows) and has a proposal to them open, so A's contract managers get
  // that 409; B never worked with A's expert: the rule's 403 (the success is in tests/integration/saved-experts.test.ts).
  {
    method: "POST",
    path: "/api/v1/contracts/hire-again",
    access: CLIENT,
    ability: "manageContracts",
    body: (world) => {
      const { matchId: _match, ...terms } = proposalFor(world.a.matchId);
      return { ...terms, expertProfileId: world.a.expertProfileId };
    },
    expect: { client: 409, hiringManager: 409, otherClient: 403 },
  },

  // Saved experts: the company's list. Saving and removing need manageRequests and an expert the company
  // may see (removing one not on the list changes nothing).
  { method: "PUT", path: "/api/v1/saved-experts/[id]", access: CLIENT, ability: "manageRequests", record: "expertProfile" },
  {
    method: "POST",
    path: "/api/v1/requests/[id]/saved-expert-invitations",
    access: CLIENT,
    ability: "manageRequests",
    record: "request",
    body: (world) => ({ expertProfileId: world.a.expertProfileId }),
  },
  { method: "GET", path: "/api/v1/saved-experts", access: CLIENT },
  {
    method: "DELETE",
    path: "/api/v1/saved-experts/[id]",
    access: CLIENT,
    ability: "manageRequests",
    record: "expertProfile",
  },

  // Amendments: the contract's parties read the history; contract managers and the expert propose and
  // answer (A's contract is only proposed, so their calls get a 409); admins read but change nothing.
  { method: "GET", path: "/api/v1/contracts/[id]/amendments", access: "signed-in", record: "contract", expect: { admin: "ok" } },
  {
    method: "POST",
    path: "/api/v1/contracts/[id]/amendments",
    access: ["CLIENT", "EXPERT"],
    ability: "manageContracts",
    record: "contract",
    body: () => ({ kind: "ADD_MILESTONE", title: "Matrix phase two", amountCents: 20_000, dueDate: inDays(14) }),
    expect: { admin: 403 },
  },
  ...(["accept", "decline"] as const).map(
    (answer): RouteEntry => ({
      method: "POST",
      path: `/api/v1/contracts/[id]/amendments/[amendmentId]/${answer}`,
      access: ["CLIENT", "EXPERT"],
      ability: "manageContracts",
      record: "contract",
      params: (world) => ({ amendmentId: world.a.amendmentId }),
      body: () => ({}),
      expect: { admin: 403 },
    }),
  ),
  {
    method: "POST",
    path: "/api/v1/contracts/[id]/bonuses",
    access: CLIENT,
    ability: "manageContracts",
    record: "contract",
    body: () => ({ amountCents: 5_000, note: "For the matrix" }),
  },

  // Milestones: the client side moves money, the expert side delivers, either side disputes.
  // Hourly timesheets: both sides read; the expert logs; the client's contract managers review.
  { method: "GET", path: "/api/v1/contracts/[id]/weeks", access: "signed-in", record: "hourlyContract", expect: { admin: "ok" } },
  { method: "GET", path: "/api/v1/contracts/[id]/time-entries", access: "signed-in", record: "hourlyContract", expect: { admin: "ok" } },
  {
    method: "POST",
    path: "/api/v1/contracts/[id]/time-entries",
    access: EXPERT,
    record: "hourlyContract",
    body: () => ({ date: todayInUtc(), hours: 0.5, description: "Matrix entry" }),
  },
  {
    method: "PUT",
    path: "/api/v1/time-entries/[id]",
    access: EXPERT,
    record: "timeEntry",
    body: () => ({ date: todayInUtc(), hours: 1.25, description: "Matrix entry, corrected" }),
  },
  { method: "DELETE", path: "/api/v1/time-entries/[id]", access: EXPERT, record: "timeEntry", expect: { expert: "allowed-or-gone" } },
  {
    method: "POST",
    path: "/api/v1/timesheet-weeks/[id]/dispute",
    access: CLIENT,
    ability: "manageContracts",
    record: "reviewWeek",
    body: () => ({ reason: "The matrix disputes these hours, to see who may." }),
  },
  { method: "POST", path: "/api/v1/timesheet-weeks/[id]/approve", access: CLIENT, ability: "manageContracts", record: "reviewWeek", body: () => ({}) },
  { method: "POST", path: "/api/v1/milestones/[id]/fund", access: CLIENT, ability: "fund", record: "milestone", body: () => ({}) },
  {
    method: "POST",
    path: "/api/v1/milestones/[id]/submit",
    access: EXPERT,
    record: "milestone",
    body: () => ({ note: "The audit report, reviewed with your team.", links: ["https://example.com/report"] }),
  },
  {
    method: "POST",
    path: "/api/v1/milestones/[id]/request-changes",
    ability: "approveWork",
    access: CLIENT,
    record: "milestone",
    body: () => ({ note: "Please cover the payments service too." }),
  },
  { method: "POST", path: "/api/v1/milestones/[id]/approve", access: CLIENT, ability: "approveWork", record: "milestone", body: () => ({}) },
  {
    method: "POST",
    path: "/api/v1/milestones/[id]/release-part",
    access: CLIENT,
    ability: "approveWork",
    record: "milestone",
    body: () => ({ amountCents: 1_000 }),
  },
  {
    method: "POST",
    path: "/api/v1/milestones/[id]/dispute",
    ability: "approveWork",
    access: ["CLIENT", "EXPERT"],
    record: "milestone",
    body: () => ({ reason: "The delivered work misses the agreed scope entirely." }),
  },
  {
    method: "POST",
    path: "/api/v1/milestones/[id]/cancel",
    access: CLIENT,
    ability: "manageContracts",
    record: "milestone",
    body: () => ({}),
    // The owner's call just before removed the unfunded milestone: for the hiring manager it may be gone.
    expect: { hiringManager: "allowed-or-gone" },
  },

  // The company's team: its members for every member; invitations, roles and removals for owners;
  // the invitation link for the invited address only (a valid link sent to someone else: 403, or 422 at sign-up).
  // Billing: the company's billing details and its receipts, for owners and finance members only
  // (viewBilling); another company's owner reads and writes their own company's, never A's.
  { method: "GET", path: "/api/v1/billing/details", access: CLIENT, ability: "viewBilling" },
  {
    method: "PUT",
    path: "/api/v1/billing/details",
    access: CLIENT,
    ability: "viewBilling",
    body: () => ({ legalName: "Matrix Billing Ltd", country: "GB", taxId: "GB123456789", emails: [] }),
  },
  { method: "GET", path: "/api/v1/billing/invoices", access: CLIENT, ability: "viewBilling" },
  // The company's saved card: read and replaced by owners and finance members; another company's owner gets their own.
  { method: "GET", path: "/api/v1/billing/card", access: CLIENT, ability: "viewBilling" },
  { method: "POST", path: "/api/v1/billing/card/setup", access: CLIENT, ability: "viewBilling", body: () => ({}) },
  // The spend chart: the caller's own company's, for owners and finance members only.
  { method: "GET", path: "/api/v1/billing/spend", access: CLIENT, ability: "viewBilling" },
  { method: "GET", path: "/api/v1/team", access: CLIENT },
  { method: "GET", path: "/api/v1/team/activity", access: CLIENT, ability: "viewActivity" },
  {
    method: "POST",
    path: "/api/v1/team/invitations",
    access: CLIENT,
    ability: "manageMembers",
    body: () => ({ email: `e2e-authz-invite-${randomUUID().slice(0, 8)}@example.test`, role: "VIEWER" }),
  },
  { method: "POST", path: "/api/v1/team/invitations/[id]/resend", access: CLIENT, ability: "manageMembers", record: "teamInvitation" },
  {
    method: "POST",
    path: "/api/v1/team/invitations/accept",
    access: "signed-in",
    body: (world) => ({ token: world.a.teamInvitation.token }),
    expect: { ...everyone(403), anonymous: 401 },
  },
  {
    method: "POST",
    path: "/api/v1/accounts/invited",
    access: "public",
    body: (world) => ({
      token: world.a.teamInvitation.token,
      name: "Not The Invitee",
      email: `e2e-authz-not-invited-${randomUUID().slice(0, 8)}@example.test`,
      password: `pw-${randomUUID()}`,
    }),
    headers: () => ({ "x-forwarded-for": oneOffAddress() }),
    expect: everyone(422),
  },
  { method: "PATCH", path: "/api/v1/team/members/[id]", access: CLIENT, ability: "manageMembers", record: "teamMember", body: () => ({ role: "FINANCE" }) },

  // The expert's own application, profile and payouts.
  { method: "GET", path: "/api/v1/application", access: EXPERT },
  { method: "PUT", path: "/api/v1/application/steps", access: EXPERT, body: () => ({ step: "links", values: { github: "", portfolio: "", linkedin: "" } }) },
  { method: "POST", path: "/api/v1/application/submit", access: EXPERT, body: () => ({}) },
  { method: "POST", path: "/api/v1/application/reapply", access: EXPERT, body: () => ({}) },
  // An empty change: valid, and it leaves the seeded experts as matching knows them.
  { method: "PATCH", path: "/api/v1/profile", access: EXPERT, body: () => ({}) },
  { method: "GET", path: "/api/v1/payouts", access: EXPERT },
  { method: "GET", path: "/api/v1/payouts/paid-out", access: EXPERT },
  // Set B's expert finished payout setup; set A's did not, so Stripe's dashboard is not open to them yet.
  { method: "POST", path: "/api/v1/payouts/dashboard-link", access: EXPERT, body: () => ({}), expect: { expert: 409, otherExpert: "ok" } },
  // An expert's full profile: the expert, every member of a company that shortlisted or hired them, admins.
  { method: "GET", path: "/api/v1/experts/[id]", access: "signed-in", record: "expertProfile", expect: { admin: "ok" } },
  // A client's expert search: their shortlists' and contracts' experts and public profiles, never the other set's.
  { method: "GET", path: "/api/v1/experts", access: CLIENT, query: () => ({ q: "expert" }) },
  // The expert's own portfolio. The order first: it names every item, before the row below adds one.
  { method: "GET", path: "/api/v1/profile/portfolio", access: EXPERT, shows: (world, actor) => (actor === "expert" ? world.profile.portfolioItemIds : []) },
  {
    method: "PUT",
    path: "/api/v1/profile/portfolio/order",
    access: EXPERT,
    body: (world, actor) => ({ itemIds: actor === "expert" ? [...world.profile.portfolioItemIds].reverse() : [] }),
  },
  // The photo: only one's own checked upload; another expert sending A's file id gets the "not found" of attaching.
  { method: "PUT", path: "/api/v1/profile/photo", access: EXPERT, body: (world) => ({ fileId: world.profile.sparePhotoFileId }), expect: { otherExpert: 422 } },
  // A public profile's photo and files, for anyone while it is public (A's expert opted in).
  {
    method: "GET",
    path: "/api/v1/public-profiles/[slug]/files/[fileId]",
    access: "public",
    params: (world) => ({ slug: world.profile.slug, fileId: world.profile.photoFileId }),
    expect: everyone(302),
  },
  { method: "POST", path: "/api/v1/profile/portfolio", access: EXPERT, body: () => ({ title: "Added by the authorization matrix", url: "" }) },
  {
    method: "PATCH",
    path: "/api/v1/profile/portfolio/[id]",
    access: EXPERT,
    record: "portfolioItem",
    body: () => ({ description: "Edited by the authorization matrix." }),
  },
  { method: "POST", path: "/api/v1/payouts/onboarding", access: EXPERT, body: () => ({}) },
  // Earnings statements are the signed-in expert's own: no id in the path, nobody else's to point at.
  { method: "GET", path: "/api/v1/earnings", access: EXPERT },
  { method: "GET", path: "/api/v1/earnings/chart", access: EXPERT },
  { method: "POST", path: "/api/v1/earnings/statements", access: EXPERT, body: () => ({ month: new Date().toISOString().slice(0, 7) }) },

  // The admin console: admins only, every record.
  { method: "GET", path: "/api/v1/admin/applicants", access: ADMIN, query: () => ({ stage: "APPLIED" }) },
  { method: "GET", path: "/api/v1/admin/applicants/[id]", access: ADMIN, record: "applicant" },
  {
    method: "POST",
    path: "/api/v1/admin/applicants/[id]/decisions",
    access: ADMIN,
    record: "applicant",
    body: () => ({ stage: "APPLIED", decision: "ADVANCE", scores: { profile: 4, skillFit: 4, communication: 4 } }),
  },
  {
    method: "POST",
    path: "/api/v1/admin/applicants/[id]/interviews",
    access: ADMIN,
    record: "interviewee",
    body: () => ({ scheduledAt: inDays(4), meetingUrl: "https://meet.example.test/authz-moved" }),
  },
  {
    method: "POST",
    path: "/api/v1/admin/applicants/[id]/interviews/[interviewId]/results",
    access: ADMIN,
    record: "interviewee",
    params: (world) => ({ interviewId: world.interviewee.interviewId }),
    body: (world) => ({ results: [{ skillId: world.interviewee.skillId, passed: true, notes: "" }] }),
  },
  {
    method: "POST",
    path: "/api/v1/admin/applicants/[id]/skills/[skillId]/verification",
    access: ADMIN,
    record: "interviewee",
    params: (world) => ({ skillId: world.interviewee.skillId }),
    body: () => ({ verified: true }),
  },
  { method: "GET", path: "/api/v1/admin/vetting/funnel", access: ADMIN },
  { method: "GET", path: "/api/v1/admin/audit-log", access: ADMIN },
  { method: "GET", path: "/api/v1/admin/disputes", access: ADMIN, shows: (world) => [world.b.disputeId] },
  // A dispute case: its contract's parties (B's, here: B's client opened it, B's expert responds) and admins.
  {
    method: "GET",
    path: "/api/v1/disputes/[id]",
    access: ["CLIENT", "EXPERT", "ADMIN"],
    ability: "approveWork",
    record: "dispute",
    expect: { client: 404, hiringManager: 404, expert: 404, otherClient: "ok", otherExpert: "ok", admin: "ok" },
  },
  {
    method: "POST",
    path: "/api/v1/disputes/[id]/response",
    access: ["CLIENT", "EXPERT"],
    ability: "approveWork",
    record: "dispute",
    body: () => ({ statement: "The matrix responds to see who may respond.", links: [], fileIds: [] }),
    expect: { client: 404, hiringManager: 404, expert: 404, otherClient: "allowed", otherExpert: "allowed" },
  },
  {
    method: "POST",
    path: "/api/v1/disputes/[id]/evidence",
    access: ["CLIENT", "EXPERT"],
    ability: "approveWork",
    record: "dispute",
    body: () => ({ text: "The matrix adds evidence to see who may.", links: ["https://example.com/evidence"], fileIds: [] }),
    expect: { client: 404, hiringManager: 404, expert: 404, otherClient: "allowed", otherExpert: "allowed" },
  },
  {
    method: "POST",
    path: "/api/v1/admin/disputes/[id]/resolve",
    access: ADMIN,
    record: "dispute",
    body: () => ({ outcome: "REFUND", note: "Refunded: the audit missed the agreed scope." }),
  },
  { method: "GET", path: "/api/v1/admin/ledger", access: ADMIN },
  { method: "POST", path: "/api/v1/admin/payments/[id]/refund", access: ADMIN, record: "payment", body: () => ({}) },
  { method: "POST", path: "/api/v1/admin/ledger/check", access: ADMIN, body: () => ({}) },
  { method: "GET", path: "/api/v1/admin/ledger/exports", access: ADMIN },
  {
    method: "POST",
    path: "/api/v1/admin/ledger/exports",
    access: ADMIN,
    body: () => ({ kind: "PAYOUTS", from: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) }),
  },
  { method: "GET", path: "/api/v1/admin/sla", access: ADMIN },
  // Insights: platform-wide aggregates, admins only.
  { method: "GET", path: "/api/v1/admin/insights/vetting", access: ADMIN },
  { method: "GET", path: "/api/v1/admin/insights/shortlist", access: ADMIN, query: () => ({ from: "2026-01-05", to: "2026-03-29" }) },
  { method: "GET", path: "/api/v1/admin/insights/money", access: ADMIN },
  { method: "GET", path: "/api/v1/admin/insights/contracts", access: ADMIN },
  { method: "GET", path: "/api/v1/admin/insights/skills", access: ADMIN },
  { method: "GET", path: "/api/v1/admin/stripe-events", access: ADMIN },
  { method: "GET", path: "/api/v1/admin/jobs", access: ADMIN, shows: (world) => [world.failedJobId, world.discardableJobId] },
  { method: "POST", path: "/api/v1/admin/jobs/[id]/retry", access: ADMIN, record: "failedJob", body: () => ({}) },
  { method: "POST", path: "/api/v1/admin/jobs/[id]/discard", access: ADMIN, record: "discardableJob", body: () => ({}) },
  { method: "GET", path: "/api/v1/admin/requests/[id]/hand-pick-candidates", access: ADMIN, record: "request", expect: { admin: "ok" } },
  {
    method: "POST",
    path: "/api/v1/admin/requests/[id]/hand-pick",
    access: ADMIN,
    record: "request",
    body: (world) => ({ expertProfileId: world.spareExpertProfileIds[0], note: "Hand-picked by the authorization matrix." }),
    expect: { admin: "allowed" },
  },
  { method: "GET", path: "/api/v1/admin/users", access: ADMIN },
  { method: "GET", path: "/api/v1/admin/search", access: ADMIN, query: () => ({ q: "expert" }) },
  { method: "GET", path: "/api/v1/admin/users/[id]", access: ADMIN, record: "user" },
  {
    method: "POST",
    path: "/api/v1/admin/users/[id]/suspend",
    access: ADMIN,
    record: "user",
    body: () => ({ reason: "Suspended by the authorization matrix." }),
  },
  {
    method: "POST",
    path: "/api/v1/admin/users/[id]/reinstate",
    access: ADMIN,
    record: "user",
    body: () => ({ reason: "Reinstated by the authorization matrix." }),
  },

  // Last: the rows whose owner call ends the record. The expert proposed A's open change, so the expert withdraws it.
  {
    method: "POST",
    path: "/api/v1/contracts/[id]/amendments/[amendmentId]/withdraw",
    access: ["CLIENT", "EXPERT"],
    ability: "manageContracts",
    record: "contract",
    params: (world) => ({ amendmentId: world.a.amendmentId }),
    body: () => ({}),
    expect: { admin: 403 },
  },
  { method: "POST", path: "/api/v1/team/invitations/[id]/revoke", access: CLIENT, ability: "manageMembers", record: "teamInvitation" },
  { method: "DELETE", path: "/api/v1/team/members/[id]", access: CLIENT, ability: "manageMembers", record: "teamMember" },
  { method: "DELETE", path: "/api/v1/profile/portfolio/[id]", access: EXPERT, record: "sparePortfolioItem" },
  { method: "DELETE", path: "/api/v1/profile/photo", access: EXPERT },
  // Ending a contract early: either side (for the client, a member who manages contracts); it ends A's contract (or
  // finds it a proposal, a 409), so it runs with the rows that end records. The refund answer is the expert's,
  // the replacement the client's.
  {
    method: "POST",
    path: "/api/v1/contracts/[id]/end",
    access: ["CLIENT", "EXPERT"],
    ability: "manageContracts",
    record: "contract",
    body: () => ({ reason: "NO_LONGER_NEEDED", note: "" }),
  },
  { method: "POST", path: "/api/v1/contracts/[id]/replacement", access: CLIENT, ability: "manageContracts", record: "contract", body: () => ({}) },
  {
    method: "POST",
    path: "/api/v1/milestones/[id]/end-refund",
    access: EXPERT,
    record: "milestone",
    body: () => ({ decision: "AGREE" }),
    // The cancel row removed the unfunded milestone, and ending removes the rest: it may be gone.
    expect: { expert: "allowed-or-gone" },
  },

  { method: "POST", path: "/api/v1/contracts/[id]/withdraw", access: CLIENT, ability: "manageContracts", record: "contract" },
  { method: "POST", path: "/api/v1/requests/[id]/cancel", access: CLIENT, ability: "manageRequests", record: "request" },
];

/** Who opens a file attached to one of A's records: 302 to the signed link, or a 404 that hides it exists. */
const attachedFileProbe = (record: "chatFile" | "deliverableFile" | "briefFile", readers: readonly Actor[]) => ({
  name: `downloading ${RECORDS[record].describe}`,
  entry: {
    method: "GET" as const,
    path: "/api/v1/files/[id]/download",
    access: "signed-in" as const,
    record,
    expect: { ...everyone(404), anonymous: 401, ...Object.fromEntries(readers.map((actor) => [actor, 302])) },
  },
  actors: ACTORS,
});

/** More calls to the routes above, pointing at set A's records another way: as a list's cursor, or a file attached to one. */
export const PROBES: { name: string; entry: RouteEntry; actors: readonly Actor[] }[] = [
  // The conversation's members (the company's members whose role has conversations join it), never a
  // colleague whose role has none, nor an admin of an undisputed conversation.
  attachedFileProbe("chatFile", ["client", "hiringManager", "expert"]),
  // The contract's parties: every member of A's company who may see its contracts, A's expert, and admins.
  attachedFileProbe("deliverableFile", ["client", "hiringManager", "finance", "viewer", "expert", "admin"]),
  // A's company, the expert on A's shortlist, and admins; never another expert.
  attachedFileProbe("briefFile", ["client", "hiringManager", "finance", "viewer", "expert", "admin"]),
  {
    name: "an expired signed download link",
    entry: {
      method: "GET",
      path: "/api/v1/storage/downloads/[token]",
      access: "public",
      params: (world) => ({ token: world.files.expiredDownloadToken }),
      expect: everyone(403),
    },
    actors: ["anonymous", "client", "otherClient"],
  },
  {
    name: "an expired signed upload link",
    entry: {
      method: "PUT",
      path: "/api/v1/storage/uploads/[token]",
      access: "public",
      params: (world) => ({ token: world.files.expiredUploadToken }),
      body: () => "late bytes",
      expect: everyone(403),
    },
    actors: ["anonymous", "client"],
  },
  {
    name: "set A's contract as the page cursor",
    entry: { method: "GET", path: "/api/v1/contracts", access: "signed-in", query: (world) => ({ cursor: world.a.contractId }), expect: everyone("ok") },
    actors: ["otherClient", "otherExpert"],
  },
  {
    name: "set A's request as the page cursor",
    entry: { method: "GET", path: "/api/v1/requests", access: CLIENT, query: (world) => ({ cursor: world.a.requestId }), expect: everyone("ok") },
    actors: ["otherClient"],
  },
  {
    name: "a skill the applicant does not have",
    entry: {
      method: "POST",
      path: "/api/v1/admin/applicants/[id]/skills/[skillId]/verification",
      access: ADMIN,
      record: "interviewee",
      params: (world) => ({ skillId: world.foreignSkillId }),
      body: () => ({ verified: true }),
      expect: everyone(404),
    },
    actors: ["admin"],
  },
];
