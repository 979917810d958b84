import type { Role } from "../../../generated/prisma/enums";
import type { CompanyAbility } from "../../../lib/teams/permissions";
import { ACTORS, type Actor, type RecordKind } from "./actors";
import type { World } from "./fixtures";

// Every page under app/**/page.tsx. Pages in (app) and (admin) sit behind the proxy and
// requirePageUser: anonymous → a redirect to /sign-in that comes back here, a wrong role → the 403
// "forbidden" page, someone else's record → 404. "ok" is a 200 or a redirect somewhere else in the
// app (the dashboard sends each role to its own). The other pages are public.

export type PageAccess = "public" | "signed-in" | readonly Role[];
export type PageExpected = "ok" | "sign-in" | "forbidden" | 404;

export type PageEntry = {
  path: string;
  access: PageAccess;
  record?: RecordKind;
  /** What a company member's role must allow; a member without it is sent to the forbidden page. */
  ability?: CompanyAbility;
  /** Path parameters besides the record's own id. */
  params?: (world: World) => Record<string, string>;
  /** The name of the parameter that carries the record's id (default: id). */
  recordParam?: string;
  expect?: Partial<Record<Actor, PageExpected>>;
};

const CLIENT = ["CLIENT"] as const;
const EXPERT = ["EXPERT"] as const;
const ADMIN = ["ADMIN"] as const;

export const PAGES: PageEntry[] = [
  { path: "/", access: "public" },
  { path: "/terms", access: "public" },
  { path: "/sign-in", access: "public" },
  { path: "/sign-up", access: "public" },
  // The pages emailed links open; without a working token they say why and change nothing.
  { path: "/forgot-password", access: "public" },
  { path: "/reset-password", access: "public" },
  { path: "/verify-email", access: "public" },
  { path: "/confirm-email-change", access: "public" },
  { path: "/sign-up/finish", access: "public" },
  { path: "/docs/api", access: "public" },
  // The hiring pages are the same for everyone, signed in or not; the skill is not a record anyone owns.
  { path: "/hire", access: "public" },
  { path: "/hire/search", access: "public" },
  { path: "/hire/[slug]", access: "public", params: () => ({ slug: "fastapi" }) },
  { path: "/forbidden", access: "public" },
  // Without a token it says the link is not valid; the token is the permission (unsubscribe.operation.ts).
  { path: "/unsubscribe", access: "public" },
  // Where "Hire a … expert" leads: a visitor starts a request there; a client is sent on to the wizard,
  // an expert or an admin is told that requests come from company accounts.
  { path: "/start", access: "public" },
  // Where sign-up comes back to: it claims the visitor's draft, or opens the wizard saying why it could not.
  // A company role that may not raise requests, an expert and an admin are told so on the page.
  { path: "/start/continue", access: "signed-in" },
  // Development only: a production build answers 404 to everyone.
  { path: "/dev/mailbox", access: "public", expect: Object.fromEntries(ACTORS.map((actor) => [actor, 404])) as Record<Actor, PageExpected> },
  // Only for `npm run bench` (VETTED_BENCH=1); the tests run without it.
  { path: "/bench/floor", access: "public", expect: Object.fromEntries(ACTORS.map((actor) => [actor, 404])) as Record<Actor, PageExpected> },

  { path: "/dashboard", access: "signed-in" },
  { path: "/notifications", access: "signed-in" },
  { path: "/messages", access: "signed-in" },
  { path: "/messages/[id]", access: "signed-in", record: "conversation", ability: "chat", expect: { admin: 404 } },
  { path: "/contracts", access: "signed-in" },
  { path: "/contracts/[id]", access: "signed-in", record: "contract", expect: { admin: "ok" } },
  // The expert, the companies that shortlisted or hired them, admins; anyone else a 404.
  { path: "/experts/[id]", access: "signed-in", record: "expertProfile", expect: { admin: "ok" } },
  // Public only while the expert opts in: A's expert has, so everyone sees it (an address nobody has is a 404, below).
  { path: "/p/[slug]", access: "public", params: (world) => ({ slug: world.profile.slug }) },
  { path: "/settings", access: "signed-in" },
  { path: "/settings/account", access: "signed-in" },
  { path: "/settings/team", access: CLIENT },
  { path: "/settings/team/activity", access: CLIENT, ability: "viewActivity" },
  { path: "/settings/api-tokens", access: "signed-in" },
  { path: "/settings/notifications", access: "signed-in" },
  { path: "/settings/privacy", access: "signed-in" },
  { path: "/settings/sign-in-methods", access: "signed-in" },
  { path: "/settings/single-sign-on", access: CLIENT },
  { path: "/settings/security", access: "signed-in" },

  { path: "/client", access: CLIENT },
  { path: "/client/requests", access: CLIENT },
  { path: "/client/requests/new", access: CLIENT, ability: "manageRequests" },
  // Receipts and billing details: owners and finance members (viewBilling).
  { path: "/client/billing", access: CLIENT, ability: "viewBilling" },
  { path: "/client/requests/[id]", access: CLIENT, record: "request" },
  {
    path: "/client/requests/[id]/hire/[matchId]",
    access: CLIENT,
    record: "request",
    ability: "manageContracts",
    params: (world) => ({ matchId: world.a.matchId }),
  },
  { path: "/client/saved-experts", access: CLIENT },
  { path: "/client/experts", access: CLIENT },
  // Hire again: only an expert the company had an accepted contract with. A worked with its expert (its
  // hourly contract), so A's contract managers get the page (saying a proposal is open); B finds nothing.
  {
    path: "/client/saved-experts/[id]/hire",
    access: CLIENT,
    record: "expertProfile",
    ability: "manageContracts",
  },

  { path: "/expert", access: EXPERT },
  { path: "/expert/application", access: EXPERT },
  { path: "/expert/invitations", access: EXPERT },
  { path: "/expert/payouts", access: EXPERT },
  { path: "/expert/earnings", access: EXPERT },
  { path: "/expert/profile", access: EXPERT },

  { path: "/admin", access: ADMIN },
  { path: "/admin/vetting", access: ADMIN },
  { path: "/admin/vetting/[expertProfileId]", access: ADMIN, record: "applicant", recordParam: "expertProfileId" },
  { path: "/admin/sla", access: ADMIN },
  { path: "/admin/insights", access: ADMIN },
  { path: "/admin/search", access: ADMIN },
  { path: "/admin/users", access: ADMIN },
  { path: "/admin/users/[id]", access: ADMIN, record: "user" },
  { path: "/admin/audit-log", access: ADMIN },
  { path: "/admin/disputes", access: ADMIN },
  { path: "/admin/disputes/[id]", access: ADMIN, record: "dispute" },
  { path: "/admin/ledger", access: ADMIN },
  { path: "/admin/failed-charges", access: ADMIN },
  { path: "/admin/ledger/exports", access: ADMIN },
  { path: "/admin/stripe-events", access: ADMIN },
  { path: "/admin/jobs", access: ADMIN },
];

/** More visits to the pages above, pointing at set A's or B's records another way: a parent that is yours, a child that is not. */
export const PAGE_PROBES: { name: string; entry: PageEntry; actors: readonly Actor[] }[] = [
  {
    name: "a public profile address nobody has",
    entry: {
      path: "/p/[slug]",
      access: "public",
      params: () => ({ slug: "nobody-made-public-x1y2z3" }),
      expect: Object.fromEntries(ACTORS.map((actor) => [actor, 404])) as Record<Actor, PageExpected>,
    },
    actors: ["anonymous", "client"],
  },
  {
    name: "A's own request, B's shortlisted expert",
    entry: {
      path: "/client/requests/[id]/hire/[matchId]",
      access: CLIENT,
      record: "request",
      params: (world) => ({ matchId: world.b.matchId }),
      expect: Object.fromEntries(ACTORS.map((actor) => [actor, 404])) as Record<Actor, PageExpected>,
    },
    actors: ["client"],
  },
];
