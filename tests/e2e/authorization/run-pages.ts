import { PRIMARY_URL, SECOND_URL } from "../chat-fixtures";
import { ACTORS, type Actor, partyOf, RECORDS } from "./actors";
import { fillPattern } from "./discovery";
import { expectedPage } from "./expectations";
import type { World } from "./fixtures";
import { type Answer, commonProblems, describeCell, excerpt, inBatches, readAnswer } from "./judge";
import type { PageEntry, PageExpected } from "./page-matrix";
import { type CellOutcome, MISSING_ID } from "./run-routes";

// Pages opened as each actor without following redirects: the proxy's redirect and 403 rewrite
// and the pages' own notFound() are what the visitor would get.

type PageCell = { entry: PageEntry; actor: Actor; expected: PageExpected; missingRecord?: true; probe?: string };

const REDIRECTS = [301, 302, 303, 307, 308];
const FORBIDDEN_TEXT = "have access to this page";

type PageProbe = { name: string; entry: PageEntry; actors: readonly Actor[] };

export function pageCells(entries: readonly PageEntry[], probes: readonly PageProbe[] = []): PageCell[] {
  const all = entries.flatMap((entry) => ACTORS.map((actor) => ({ entry, actor, expected: expectedPage(entry, actor) })));
  const missing = entries.flatMap((entry) => {
    if (!entry.record) return [];
    const actor = (["client", "expert", "admin"] as const).find((candidate) => expectedPage(entry, candidate) === "ok");
    return actor ? [{ entry, actor, expected: 404 as const, missingRecord: true as const }] : [];
  });
  const probed = probes.flatMap(({ name, entry, actors }) => actors.map((actor) => ({ entry, actor, expected: expectedPage(entry, actor), probe: name })));
  return [...all, ...missing, ...probed];
}

function pathOf(cell: PageCell, world: World) {
  const { entry } = cell;
  const recordId = cell.missingRecord ? MISSING_ID : entry.record ? RECORDS[entry.record].id(world) : undefined;
  const params = { ...entry.params?.(world), ...(recordId === undefined ? {} : { [entry.recordParam ?? "id"]: recordId }) };
  return fillPattern(entry.path, params);
}

function pageProblem(expected: PageExpected, answer: Answer, path: string, baseUrl: string): string | null {
  const target = answer.location ? new URL(answer.location, baseUrl) : null;
  const got = `got ${answer.status}${target ? ` → ${target.pathname}${target.search}` : ""}`;
  switch (expected) {
    case "sign-in":
      return REDIRECTS.includes(answer.status) && target?.pathname === "/sign-in" && target.searchParams.get("callbackUrl") === path
        ? null
        : `expected a redirect to /sign-in?callbackUrl=${path}, ${got}`;
    case "forbidden":
      // The proxy answers a wrong role with the 403 page; a page whose company ability is missing redirects there.
      if (REDIRECTS.includes(answer.status) && target?.pathname === "/forbidden") return null;
      return answer.status === 403 && answer.text.includes(FORBIDDEN_TEXT) ? null : `expected the 403 forbidden page, ${got}`;
    case 404:
      return answer.status === 404 ? null : `expected 404, ${got}: ${excerpt(answer.text.replace(/<[^>]*>/g, " "), 160)}`;
    case "ok":
      if (answer.status === 200) return null;
      if (REDIRECTS.includes(answer.status) && target && !["/sign-in", "/forbidden"].includes(target.pathname)) return null;
      return `expected the page (200, or a redirect elsewhere in the app), ${got}`;
  }
}

async function runPageCell(cell: PageCell, world: World, baseUrl: string): Promise<CellOutcome> {
  const path = pathOf(cell, world);
  const party = partyOf(cell.actor, world);
  const variant = cell.missingRecord ? " (no such record)" : cell.probe ? ` (${cell.probe})` : "";
  const label = describeCell(`page ${path}${variant}`, cell.actor);
  const base = { cell: `page ${cell.entry.path}${variant}`, actor: cell.actor, expected: cell.expected };
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      headers: { accept: "text/html", ...(party && { cookie: party.cookie }) },
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    return { ...base, status: 0, problems: [`${label}: no answer (${String(error)})`] };
  }
  const answer = await readAnswer(response);
  const problems = [pageProblem(cell.expected, answer, path, baseUrl), ...commonProblems(answer, cell.actor, world, path)].filter(
    (problem): problem is string => problem !== null,
  );
  return { ...base, status: answer.status, problems: problems.map((problem) => `${label}: ${problem}`) };
}

export function runPageCells(entries: readonly PageEntry[], probes: readonly PageProbe[], world: World, batchSize = 6) {
  return inBatches(pageCells(entries, probes), batchSize, (cell, index) => runPageCell(cell, world, index % 2 === 0 ? PRIMARY_URL : SECOND_URL));
}
