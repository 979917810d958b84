import type { CompanyAbility } from "../../../lib/teams/permissions";
import type { ActionEntry, ActionExpected } from "./action-matrix";
import { ACTOR_ROLE, type Actor, isOutsider, lacksAbility, RECORDS } from "./actors";
import type { Expected, RouteEntry } from "./matrix";
import type { PageEntry, PageExpected } from "./page-matrix";

// The rules that turn an entry's access, company ability and record into the expected answer for each
// actor. An entry's `expect` wins; an admin pointed at set A's record must be written down, never
// guessed. A company member whose role lacks the entry's ability is refused as a wrong role is.

type Rule<T> = { open: T; signedOut: T; wrongRole: T; lacksAbility: T; notTheirs: T; owner: T };

function resolve<T>(
  entry: { access: unknown; ability?: CompanyAbility; record?: keyof typeof RECORDS; expect?: Partial<Record<Actor, T>> },
  actor: Actor,
  rule: Rule<T>,
  label: string,
): T {
  const written = entry.expect?.[actor];
  if (written !== undefined) return written;
  if (entry.access === "public" || entry.access === "stripe-signature") return rule.open;
  const role = ACTOR_ROLE[actor];
  if (!role) return rule.signedOut;
  if (Array.isArray(entry.access) && !entry.access.includes(role)) return rule.wrongRole;
  if (lacksAbility(actor, entry.ability)) return rule.lacksAbility;
  if (entry.record && RECORDS[entry.record].ownedByA) {
    if (isOutsider(actor)) return rule.notTheirs;
    if (actor === "admin") throw new Error(`${label}: the matrix must say what the admin gets for ${RECORDS[entry.record].describe}`);
  }
  return rule.owner;
}

export function expectedStatus(entry: RouteEntry, actor: Actor): Expected {
  const owner = entry.method === "GET" ? "ok" : "allowed";
  return resolve<Expected>(
    entry,
    actor,
    { open: "ok", signedOut: 401, wrongRole: 403, lacksAbility: 403, notTheirs: 404, owner },
    `${entry.method} ${entry.path}`,
  );
}

export function expectedPage(entry: PageEntry, actor: Actor): PageExpected {
  return resolve<PageExpected>(
    entry,
    actor,
    { open: "ok", signedOut: "sign-in", wrongRole: "forbidden", lacksAbility: "forbidden", notTheirs: 404, owner: "ok" },
    entry.path,
  );
}

export function expectedAction(entry: ActionEntry, actor: Actor): ActionExpected {
  return resolve<ActionExpected>(
    entry,
    actor,
    { open: "ok", signedOut: "sign-in", wrongRole: "forbidden", lacksAbility: "denied", notTheirs: "refused", owner: "ok" },
    entry.name,
  );
}

export function statusMatches(expected: Expected, status: number) {
  if (expected === "ok") return status >= 200 && status < 300;
  if (expected === "allowed") return (status >= 200 && status < 300) || status === 409;
  if (expected === "allowed-or-gone") return (status >= 200 && status < 300) || status === 409 || status === 404;
  return status === expected;
}

/** Refusals do not depend on the record's state, so they run first and in parallel; owners' calls after. */
export const isRefusal = (expected: Expected) => typeof expected === "number" && expected >= 400;
