import { readFileSync } from "node:fs";
import { pageAccess } from "../../../lib/auth/route-access";
import { PRIMARY_URL } from "../chat-fixtures";
import type { ActionEntry, ActionExpected } from "./action-matrix";
import { ACTORS, type Actor, partyOf } from "./actors";
import { type DiscoveredAction, fillPattern, functionSource, urlPatternOf } from "./discovery";
import { expectedAction } from "./expectations";
import type { World } from "./fixtures";
import { type Answer, commonProblems, describeCell, excerpt, inBatches, readAnswer } from "./judge";
import { oneOffAddress } from "./matrix-helpers";
import type { CellOutcome } from "./run-routes";

// Server actions, read from their source and called the way their page's form calls them.

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };
export type ActionManifest = Record<string, ManifestEntry>;

const ROLES = ["CLIENT", "EXPERT", "ADMIN"] as const;

/** The build's server-reference manifest: each action's id and the pages (workers) that host it. */
export function readActionManifest(): ActionManifest {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: ActionManifest };
  return manifest.node;
}

export function builtAction(manifest: ActionManifest, file: string, name: string) {
  const found = Object.entries(manifest).find(([, entry]) => entry.filename === file && entry.exportedName === name);
  return found ? { id: found[0], hosts: Object.keys(found[1].workers).map((worker) => urlPatternOf(worker)) } : null;
}

/** The first await of the action must be requireUser([...the entry's roles]), and its host pages guarded for exactly those roles. */
export function staticActionProblems(entry: ActionEntry, discovered: DiscoveredAction | undefined, manifest: ActionManifest): string[] {
  const label = `${entry.file} ${entry.name}`;
  const body = discovered ? functionSource(discovered.source, entry.name) : null;
  if (!body) return [`${label}: not found in the source`];
  const problems: string[] = [];
  if (entry.access !== "public") {
    const firstAwait = body.match(/await\s+([\w.]+)\(\s*(\[[^\]]*\])?/);
    const roles = firstAwait?.[2] ? [...firstAwait[2].matchAll(/["'](\w+)["']/g)].map((match) => match[1]).sort() : [];
    if (firstAwait?.[1] !== "requireUser") problems.push(`${label}: the first await is ${firstAwait?.[1] ?? "missing"}, not requireUser([...roles])`);
    else if (roles.join() !== [...entry.access].sort().join())
      problems.push(`${label}: requireUser([${roles.join(", ")}]), but the matrix says ${entry.access.join(", ")}`);
  }
  const built = builtAction(manifest, entry.file, entry.name);
  if (!built) return [...problems, `${label}: not in the build's server-reference manifest (rebuild, or is it unused?)`];
  if (!built.hosts.includes(entry.host)) problems.push(`${label}: the matrix posts it to ${entry.host}, but the build hosts it on ${built.hosts.join(", ")}`);
  for (const host of built.hosts) {
    if (entry.access === "public") {
      if (pageAccess(host, null) !== "public") problems.push(`${label}: a public action on a guarded page ${host}`);
      continue;
    }
    if (pageAccess(host, null) !== "sign-in") problems.push(`${label}: its page ${host} does not send anonymous visitors to sign in`);
    for (const role of ROLES) {
      const access = pageAccess(host, role);
      const wanted = entry.access.includes(role) ? "allowed" : "forbidden";
      if (access !== wanted) problems.push(`${label}: its page ${host} is ${access} for ${role}, the action is ${wanted}`);
    }
  }
  return problems;
}

function actionProblem(expected: ActionExpected, answer: Answer): string | null {
  const got = `got ${answer.status}${answer.location ? ` → ${answer.location}` : ""}: ${excerpt(answer.text, 200)}`;
  switch (expected) {
    case "sign-in":
      return [302, 303, 307].includes(answer.status) && answer.location?.startsWith("/sign-in") ? null : `expected the redirect to /sign-in, ${got}`;
    case "forbidden": {
      // The proxy rewrites a wrong role's request to /forbidden (403); that page does not host the
      // action, so Next answers 409 "Server Action unavailable." Either way the action never ran.
      const isTurnedAway = answer.status === 403 || (answer.status === 409 && answer.text.includes("Server Action unavailable"));
      return isTurnedAway && !/"ok":/.test(answer.text) ? null : `expected the page guard to turn it away (403), ${got}`;
    }
    case "refused": {
      const isRefused = answer.status === 200 && /"ok":false/.test(answer.text) && !/"ok":true/.test(answer.text) && /was not found/.test(answer.text);
      return isRefused ? null : `expected { ok: false, message: "… was not found." }, ${got}`;
    }
    case "denied": {
      const isDenied = answer.status === 200 && /"ok":false/.test(answer.text) && !/"ok":true/.test(answer.text) && /role in your company/.test(answer.text);
      return isDenied ? null : `expected { ok: false, message: "Your role in your company does not include …" }, ${got}`;
    }
    case "ok":
      return answer.status === 200 && /"ok":true/.test(answer.text) ? null : `expected { ok: true }, ${got}`;
    case "skip":
      return null;
  }
}

async function callAction(entry: ActionEntry, actor: Actor, world: World, actionId: string): Promise<CellOutcome> {
  const expected = expectedAction(entry, actor);
  const path = fillPattern(entry.host, entry.hostParams?.(world) ?? {});
  const label = describeCell(`server action ${entry.name} on ${path}`, actor);
  const party = partyOf(actor, world);
  const body = JSON.stringify(entry.args(world));
  const response = await fetch(`${PRIMARY_URL}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: PRIMARY_URL,
      "x-forwarded-for": oneOffAddress(),
      ...(party && { cookie: party.cookie }),
    },
    body,
    signal: AbortSignal.timeout(20_000),
  });
  const answer = await readAnswer(response);
  const problems = [actionProblem(expected, answer), ...commonProblems(answer, actor, world, body)].filter((problem): problem is string => problem !== null);
  return { cell: `action ${entry.name}`, actor, expected, status: answer.status, problems: problems.map((problem) => `${label}: ${problem}`) };
}

export async function runActionCells(entries: readonly ActionEntry[], world: World, manifest: ActionManifest): Promise<CellOutcome[]> {
  const calls = entries.flatMap((entry) => {
    const built = builtAction(manifest, entry.file, entry.name);
    if (!built) return [];
    return ACTORS.filter((actor) => expectedAction(entry, actor) !== "skip").map((actor) => ({ entry, actor, actionId: built.id }));
  });
  return inBatches(calls, 8, ({ entry, actor, actionId }) => callAction(entry, actor, world, actionId));
}
