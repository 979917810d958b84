import { PRIMARY_URL, SECOND_URL } from "../chat-fixtures";
import { ACTORS, type Actor, isOutsider, partyOf, RECORDS } from "./actors";
import { contractProblems, operationOf } from "./contract";
import { fillPattern } from "./discovery";
import { expectedStatus, isRefusal, statusMatches } from "./expectations";
import type { World } from "./fixtures";
import { commonProblems, describeCell, errorShapeProblem, excerpt, inBatches, readAnswer } from "./judge";
import type { Expected, RouteEntry } from "./matrix";

// One cell = one route × one actor: the request built from the entry, sent over real HTTP (to
// either app instance), and judged.

export const MISSING_ID = "authz-missing-record";

/** `viaToken`: the actor calls with its API token (Authorization: Bearer) instead of its session cookie. */
export type RouteCell = { entry: RouteEntry; actor: Actor; expected: Expected; missingRecord?: true; probe?: string; viaToken?: true };
export type CellOutcome = {
  cell: string;
  actor: Actor;
  expected: string | number;
  status: number;
  problems: string[];
  /** The declared operation ("GET /api/v1/requests/{id}") whose success this cell saw and checked. */
  succeeded?: string;
};

export const routeLabel = (entry: RouteEntry) => `${entry.method} ${entry.path}`;

export function routeCells(entries: readonly RouteEntry[]): RouteCell[] {
  return entries.flatMap((entry) => ACTORS.map((actor) => ({ entry, actor, expected: expectedStatus(entry, actor) })));
}

export function probeCells(probes: readonly { name: string; entry: RouteEntry; actors: readonly Actor[] }[]): RouteCell[] {
  return probes.flatMap(({ name, entry, actors }) => actors.map((actor) => ({ entry, actor, expected: expectedStatus(entry, actor), probe: name })));
}

/**
 * The same cells with each signed-in actor's API token instead of its cookie: a token acts exactly as
 * its owner's session, except on the operations only a session may call (403).
 */
export function bearerCells(cells: readonly RouteCell[]): RouteCell[] {
  return cells
    .filter((cell) => cell.actor !== "anonymous")
    .map((cell) => ({ ...cell, viaToken: true as const, expected: cell.entry.sessionOnly ? 403 : cell.expected }));
}

/** For each route with an [id]: its rightful caller, asking for a record that does not exist, gets a 404. */
export function missingRecordCells(entries: readonly RouteEntry[]): RouteCell[] {
  return entries.flatMap((entry) => {
    if (!entry.path.includes("[id]")) return [];
    const actor = (["client", "expert", "admin"] as const).find((candidate) => !isRefusal(expectedStatus(entry, candidate)));
    return actor ? [{ entry, actor, expected: 404, missingRecord: true as const }] : [];
  });
}

function requestOf(cell: RouteCell, world: World) {
  const { entry, actor } = cell;
  const recordId = entry.record ? RECORDS[entry.record].id(world) : undefined;
  const params = { ...(recordId === undefined ? {} : { id: recordId }), ...entry.params?.(world), ...(cell.missingRecord ? { id: MISSING_ID } : {}) };
  const query = new URLSearchParams(entry.query?.(world) ?? {}).toString();
  const path = `${fillPattern(entry.path, params)}${query ? `?${query}` : ""}`;
  const raw = entry.body?.(world, actor);
  const body = raw === undefined ? undefined : typeof raw === "string" ? raw : JSON.stringify(raw);
  const party = partyOf(actor, world);
  if (cell.viaToken && !party?.token) throw new Error(`${actor} has no API token for the bearer pass`);
  const credentials: Record<string, string> = !party ? {} : cell.viaToken ? { authorization: `Bearer ${party.token}` } : { cookie: party.cookie };
  const headers: Record<string, string> = {
    ...credentials,
    ...(body !== undefined && { "content-type": "application/json" }),
    ...(entry.isStream && { accept: "text/event-stream" }),
    ...entry.headers?.(world, actor, body ?? ""),
  };
  return { path, body, headers };
}

async function runCell(cell: RouteCell, world: World, baseUrl: string): Promise<CellOutcome> {
  const { entry, actor, expected } = cell;
  const { path, body, headers } = requestOf(cell, world);
  const variant = `${cell.missingRecord ? " (no such record)" : cell.probe ? ` (${cell.probe})` : ""}${cell.viaToken ? " (with an API token)" : ""}`;
  const label = describeCell(`${entry.method} ${path}${variant}`, actor);
  const base = { cell: `${routeLabel(entry)}${variant}`, actor, expected };
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, { method: entry.method, headers, body, redirect: "manual", signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    return { ...base, status: 0, problems: [`${label}: no answer (${String(error)})`] };
  }
  const answer = await readAnswer(response, { isStream: entry.isStream });
  const problems: string[] = [];
  if (!statusMatches(expected, answer.status)) problems.push(`expected ${expected}, got ${answer.status}: ${excerpt(answer.text)}`);
  const isSuccess = answer.status >= 200 && answer.status < 300;
  if (isSuccess && entry.record && RECORDS[entry.record].ownedByA && isOutsider(actor)) problems.push("a 2xx for someone else's record");
  if (answer.status >= 400 && answer.status < 500) {
    const shape = errorShapeProblem(answer);
    if (shape) problems.push(shape);
  }
  problems.push(...commonProblems(answer, actor, world, `${path} ${body ?? ""}`));
  const shown = isSuccess && !cell.probe ? (entry.shows?.(world, actor) ?? []) : [];
  if (shown.length && !shown.some((id) => answer.text.includes(id)))
    problems.push(`does not show the caller's own ${shown.join(" or ")}: the leak check would look at nothing`);
  const extra = isSuccess ? entry.check?.({ status: answer.status, json: answer.json }, actor) : null;
  if (extra) problems.push(extra);
  problems.push(...contractProblems(entry, answer));
  const operation = operationOf(entry);
  const succeeded = isSuccess && operation ? `${operation.method} ${operation.path}` : undefined;
  return { ...base, status: answer.status, problems: problems.map((problem) => `${label}: ${problem}`), succeeded };
}

const baseUrlFor = (index: number) => (index % 2 === 0 ? PRIMARY_URL : SECOND_URL);

export function runCellsInParallel(cells: readonly RouteCell[], world: World, batchSize = 8) {
  return inBatches(cells, batchSize, (cell, index) => runCell(cell, world, baseUrlFor(index)));
}

export async function runCellsInOrder(cells: readonly RouteCell[], world: World) {
  const outcomes: CellOutcome[] = [];
  for (const cell of cells) outcomes.push(await runCell(cell, world, PRIMARY_URL));
  return outcomes;
}
