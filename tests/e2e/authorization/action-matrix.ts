import { randomUUID } from "node:crypto";
import type { Role } from "../../../generated/prisma/enums";
import type { CompanyAbility } from "../../../lib/teams/permissions";
import { ACTORS, type Actor, type RecordKind } from "./actors";
import type { World } from "./fixtures";

// Every exported server action. Each is checked twice:
// - statically: its first `await` is requireUser([...roles]) with exactly these roles, and the page
//   that hosts it (from the build's server-reference manifest) is guarded for exactly these roles in
//   lib/auth/route-access.ts;
// - by calling it through its host page (POST with the Next-Action header, as the page's form does):
//   anonymous → the proxy's redirect to /sign-in, a wrong role → turned away by the proxy (its 403
//   rewrite to /forbidden, where Next finds no such action and answers 409), the right role
//   pointing at set A's record → the action answers { ok: false } with "… was not found.".
// The owners' own calls are left to the API matrix (the same lib functions), so that these calls
// change nothing: "skip".

export type ActionExpected = "sign-in" | "forbidden" | "refused" | "denied" | "ok" | "skip";

export type ActionEntry = {
  file: string;
  name: string;
  access: "public" | readonly Role[];
  /** The page the action is posted to: a pattern, filled with `hostParams`. */
  host: string;
  hostParams?: (world: World) => Record<string, string>;
  record?: RecordKind;
  /** What a company member's role must allow; a member without it gets { ok: false } saying so ("denied"). */
  ability?: CompanyAbility;
  args: (world: World) => unknown[];
  expect?: Partial<Record<Actor, ActionExpected>>;
};

const OWNERS_SKIPPED = { client: "skip", hiringManager: "skip", expert: "skip" } as const;
const EVERYONE_SKIPPED = Object.fromEntries(ACTORS.map((actor) => [actor, "skip"])) as Record<Actor, "skip">;
// Every signed-in actor: for actions on the caller's own account that would end the matrix's own sessions.
const SIGNED_IN_SKIPPED = Object.fromEntries(ACTORS.filter((actor) => actor !== "anonymous").map((actor) => [actor, "skip"])) as Record<
  Exclude<Actor, "anonymous">,
  "skip"
>;

export const ACTIONS: ActionEntry[] = [
  {
    file: "app/(auth)/sign-up/actions.ts",
    name: "createAccount",
    access: "public",
    host: "/sign-up",
    args: () => [
      {
        accountType: "CLIENT",
        name: "Action Sign-up",
        email: `e2e-authz-action-${randomUUID().slice(0, 8)}@example.test`,
        password: `pw-${randomUUID()}`,
        companyName: "Action Co",
      },
    ],
  },
  // A visitor's draft before sign-up: anyone may save one (limited per address); it is theirs through a cookie only.
  {
    file: "app/(marketing)/start/actions.ts",
    name: "saveGuestDraftAction",
    access: "public",
    host: "/start",
    args: () => [{ title: "Matrix guest draft", description: "A draft the authorization matrix saves before anyone signs up." }],
  },
  // Answers the same whether or not the address has an account.
  {
    file: "app/(auth)/forgot-password/actions.ts",
    name: "requestPasswordResetAction",
    access: "public",
    host: "/forgot-password",
    args: () => [{ ok: false, message: "", fields: {} }, { email: `e2e-authz-reset-${randomUUID().slice(0, 8)}@example.test` }],
  },
  // Links nobody was sent: refused for everyone ({ ok: false }, nothing changes), which the reset and verification journeys check.
  ...(
    [
      ["app/(auth)/reset-password/actions.ts", "resetPasswordAction", "/reset-password"],
      ["app/(auth)/verify-email/actions.ts", "verifyEmailAction", "/verify-email"],
      ["app/(auth)/confirm-email-change/actions.ts", "confirmEmailChangeAction", "/confirm-email-change"],
    ] as const
  ).map(([file, name, host]) => ({
    file,
    name,
    access: "public" as const,
    host,
    args: () => [
      { ok: false, message: "", fields: {} },
      { token: "A".repeat(43), password: "quiet lantern orbit meadow", confirmPassword: "quiet lantern orbit meadow" },
    ],
    expect: EVERYONE_SKIPPED,
  })),
  // The signed-in person's own account: only a signed-out call is checked here, the settings journey does the rest.
  ...(["changePasswordAction", "changeEmailAction", "signOutOtherDevicesAction"] as const).map((name) => ({
    file: "app/(app)/settings/account/actions.ts",
    name,
    access: ["CLIENT", "EXPERT", "ADMIN"] as const,
    host: "/settings/account",
    args: () => [{ ok: false, message: "", fields: {} }, {}],
    expect: SIGNED_IN_SKIPPED,
  })),
  {
    // Acts only on the pending sign-up cookie a provider sign-in sets; without it ({ ok: false }, "expired")
    // nothing is created, which "ok" cannot express. tests/e2e/sso.e2e.ts runs it with the cookie.
    file: "app/(auth)/sign-up/finish/actions.ts",
    name: "finishSignUp",
    access: "public",
    host: "/sign-up/finish",
    args: () => [{ accountType: "EXPERT", name: "Action Finish", acceptTerms: true }],
    expect: EVERYONE_SKIPPED,
  },
  {
    // No actor has a provider linked: the unlink finds nothing of theirs to remove.
    file: "app/(app)/settings/sign-in-methods/actions.ts",
    name: "unlinkProvider",
    access: ["CLIENT", "EXPERT", "ADMIN"],
    host: "/settings/sign-in-methods",
    args: () => ["oidc"],
    expect: {
      client: "refused",
      hiringManager: "refused",
      finance: "refused",
      viewer: "refused",
      otherClient: "refused",
      expert: "refused",
      otherExpert: "refused",
      admin: "refused",
    },
  },
  {
    // Owners' own changes are covered in tests/integration/sso-settings.test.ts and tests/e2e/sso-settings.e2e.ts.
    file: "app/(app)/settings/single-sign-on/actions.ts",
    name: "saveSsoRequirement",
    access: ["CLIENT"],
    host: "/settings/single-sign-on",
    args: () => [{ provider: "" }],
    // Only an owner may. Members who are not are refused with their own message ("Only your company's
    // owner can change…"), checked in tests/integration/sso-settings.test.ts.
    expect: { client: "skip", otherClient: "skip", hiringManager: "skip", finance: "skip", viewer: "skip" },
  },
  {
    // Owners' and finance members' own saves are covered in tests/integration/invoices.test.ts and tests/e2e/invoices.e2e.ts;
    // hiring managers and viewers are refused ("does not include billing").
    file: "app/(app)/client/billing/actions.ts",
    name: "saveBillingDetailsAction",
    ability: "viewBilling",
    access: ["CLIENT"],
    host: "/client/billing",
    args: () => [
      { ok: false, message: "", fields: {} },
      { legalName: "Renamed by the matrix", emails: "" },
    ],
    expect: { client: "skip", finance: "skip", otherClient: "skip" },
  },
  {
    file: "app/(app)/client/requests/actions.ts",
    name: "saveDraftAction",
    ability: "manageRequests",
    access: ["CLIENT"],
    host: "/client/requests/new",
    record: "request",
    args: (world) => [world.a.requestId, { title: "Renamed by another company" }],
    expect: OWNERS_SKIPPED,
  },
  {
    file: "app/(app)/client/requests/actions.ts",
    name: "submitDraftAction",
    ability: "manageRequests",
    access: ["CLIENT"],
    host: "/client/requests/new",
    record: "request",
    args: (world) => [world.a.requestId],
    expect: OWNERS_SKIPPED,
  },
  {
    file: "app/(app)/client/requests/actions.ts",
    name: "cancelRequestAction",
    ability: "manageRequests",
    access: ["CLIENT"],
    host: "/client/requests/[id]",
    hostParams: (world) => ({ id: world.a.requestId }),
    record: "request",
    args: (world) => [world.a.requestId],
    expect: OWNERS_SKIPPED,
  },
  {
    file: "app/(app)/expert/invitations/actions.ts",
    name: "acceptInvitationAction",
    access: ["EXPERT"],
    host: "/expert/invitations",
    record: "invitation",
    args: (world) => [world.a.invitationId, { confirmsAvailabilityAndRate: true }],
    expect: OWNERS_SKIPPED,
  },
  {
    file: "app/(app)/expert/invitations/actions.ts",
    name: "declineInvitationAction",
    access: ["EXPERT"],
    host: "/expert/invitations",
    record: "invitation",
    args: (world) => [world.a.invitationId, { reason: "Booked until March" }],
    expect: OWNERS_SKIPPED,
  },
  {
    file: "app/(admin)/admin/sla/actions.ts",
    name: "handPickAction",
    access: ["ADMIN"],
    host: "/admin/sla",
    record: "request",
    // The admin is the rightful caller of every request: the call goes through.
    args: (world) => [world.a.requestId, { expertProfileId: world.spareExpertProfileIds[1], note: "Hand-picked through the action." }],
    expect: { admin: "ok" },
  },
];
