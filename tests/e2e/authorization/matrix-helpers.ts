import { createHmac, randomInt, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { signUnsubscribeToken } from "../../../lib/notifications/unsubscribe-token";
import { STANDIN_WEBHOOK_SECRET } from "../../../lib/stripe";
import { ACTORS, type Actor, isMemberOfA, lacksAbility } from "./actors";
import { inDays } from "./api-client";
import type { OwnerSet, World } from "./fixtures";
import type { Expected } from "./matrix";

// Valid bodies, headers and answer checks for the matrix's rows.

export const everyone = (expected: Expected) => Object.fromEntries(ACTORS.map((actor) => [actor, expected])) as Record<Actor, Expected>;
// Sign-ups are limited per address; each one comes from its own (benchmarking-range) address.
export const oneOffAddress = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;

export function stripeSignature(payload: string, secret: string) {
  const timestamp = Math.floor(Date.now() / 1000);
  return `t=${timestamp},v1=${createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex")}`;
}

export const harmlessStripeEvent = () => ({
  id: `evt_authz_${randomUUID().replaceAll("-", "")}`,
  object: "event",
  type: "customer.created",
  created: Math.floor(Date.now() / 1000),
  livemode: false,
  pending_webhooks: 1,
  request: { id: null, idempotency_key: null },
  data: { object: { id: `cus_authz_${randomUUID().slice(0, 8)}`, object: "customer" } },
});

export const proposalFor = (matchId: string) => ({
  matchId,
  title: "Proposal from the authorization matrix",
  currency: "USD",
  totalCents: 150_000,
  milestones: [{ title: "Audit and plan", description: "", amountCents: 150_000, dueDate: inDays(10) }],
});

/** The caller's own set's record: set A for A's people, set B for B's, nothing to show for the others. */
export const own =
  (pick: (set: OwnerSet, actor: Actor) => string | readonly string[], forAdmin: (world: World) => readonly string[] = () => []) =>
  (world: World, actor: Actor): readonly string[] => {
    const set = isMemberOfA(actor) || actor === "expert" ? world.a : actor === "otherClient" || actor === "otherExpert" ? world.b : null;
    if (!set) return actor === "admin" ? forAdmin(world) : [];
    return ([] as string[]).concat(pick(set, actor));
  };

/** Records only the set's first people own (the owner and the expert), not A's colleagues. */
export const ownersOnly = (pick: (set: OwnerSet) => string | readonly string[]) => (set: OwnerSet, actor: Actor) =>
  actor === "hiringManager" || actor === "finance" || actor === "viewer" ? [] : pick(set);

/** The set's conversations, for those whose company role includes them. */
export const conversationOf = (set: OwnerSet, actor: Actor) => (lacksAbility(actor, "chat") ? [] : set.conversationId);

export const updatedNone = ({ json }: { json: unknown }, actor: Actor) =>
  actor === "client" || actor === "expert" || (json as { updated?: number } | null)?.updated === 0
    ? null
    : `marked ${(json as { updated?: number } | null)?.updated} of set A's notifications read`;

export const FORGED_WEBHOOK_SECRET = "whsec_forged_by_a_user";
export { STANDIN_WEBHOOK_SECRET };

/** A valid one-click unsubscribe token, signed with the e2e server's auth secret. */
export const unsubscribeTokenFor = (userId: string) =>
  signUnsubscribeToken(userId, "REMINDERS", readFileSync(`.data/e2e-auth-secret-${process.env.E2E_PORT}`, "utf8").trim());
