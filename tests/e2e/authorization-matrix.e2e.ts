import { ACTIONS } from "./authorization/action-matrix";
import { ACTORS, type Actor } from "./authorization/actors";
import { callApi } from "./authorization/api-client";
import { operationsNeverSucceeded } from "./authorization/contract";
import { actionCoverageProblems, pageCoverageProblems, routeCoverageProblems } from "./authorization/coverage";
import { discoverActions } from "./authorization/discovery";
import { isRefusal } from "./authorization/expectations";
import { createWorld, type World } from "./authorization/fixtures";
import { PROBES, ROUTES } from "./authorization/matrix";
import { PAGE_PROBES, PAGES } from "./authorization/page-matrix";
import { readActionManifest, runActionCells, staticActionProblems } from "./authorization/run-actions";
import { runPageCells } from "./authorization/run-pages";
import { bearerCells, type CellOutcome, missingRecordCells, probeCells, routeCells, runCellsInOrder, runCellsInParallel } from "./authorization/run-routes";
import { streamLeakProblems } from "./authorization/stream-probe";
import { expect, test } from "./fixtures";

// The authorization matrix (tests/e2e/authorization/): every API operation, every server action and
// every page, called by anonymous, a client, another company's client, an expert, another expert and
// an admin, against records that belong to someone else. It is also the API's contract test: every
// success is checked against its declaration's status and output schema (authorization/contract.ts).

const problemsOf = (outcomes: readonly CellOutcome[]) => outcomes.flatMap((outcome) => outcome.problems);

test("the matrix covers every route handler, server action and page, and nothing that is gone", () => {
  expect.soft(routeCoverageProblems()).toEqual([]);
  expect.soft(actionCoverageProblems()).toEqual([]);
  expect.soft(pageCoverageProblems()).toEqual([]);
});

test("every server action checks the role on its first await and is hosted on a page guarded for that role", () => {
  const { actions } = discoverActions();
  const manifest = readActionManifest();
  const problems = ACTIONS.flatMap((entry) =>
    staticActionProblems(
      entry,
      actions.find((action) => action.file === entry.file && action.name === entry.name),
      manifest,
    ),
  );
  expect(problems).toEqual([]);
});

/** What set A's records look like; the refused calls must leave them as they were. */
async function stateOfA(world: World) {
  const [request, invitation, contract] = await Promise.all([
    callApi<{ status: string; title: string }>(world.a.client, "GET", `/api/v1/requests/${world.a.requestId}`),
    callApi<{ state: string }>(world.a.expert, "GET", `/api/v1/invitations/${world.a.invitationId}`),
    callApi<{ status: string; milestones: { status: string }[] }>(world.a.client, "GET", `/api/v1/contracts/${world.a.contractId}`),
  ]);
  return {
    request: `${request.json.status} “${request.json.title}”`,
    invitation: invitation.json.state,
    contract: `${contract.json.status}: ${contract.json.milestones.map((milestone) => milestone.status).join(", ")}`,
  };
}

// Owners' calls change things; set B and the admin go first, so set A's own calls cannot hide theirs.
// A's owner before A's colleagues: the owner's calls are the ones every row must see succeed.
const WRITE_ORDER: readonly Actor[] = ["anonymous", "otherClient", "otherExpert", "admin", "client", "viewer", "finance", "hiringManager", "expert"];

test("every route, page and server action answers each actor as the matrix says", async ({}, testInfo) => {
  test.setTimeout(180_000);
  const world = await test.step("make the actors and their records", () => createWorld());
  const stateBefore = await stateOfA(world);

  const cells = routeCells(ROUTES);
  const refusals = [...cells.filter((cell) => isRefusal(cell.expected)), ...missingRecordCells(ROUTES), ...probeCells(PROBES)];
  const reads = cells.filter((cell) => !isRefusal(cell.expected) && cell.entry.method === "GET");
  const writes = cells
    .filter((cell) => !isRefusal(cell.expected) && cell.entry.method !== "GET")
    .sort((one, other) => ROUTES.indexOf(one.entry) - ROUTES.indexOf(other.entry) || WRITE_ORDER.indexOf(one.actor) - WRITE_ORDER.indexOf(other.actor));

  const refused = await test.step(`${refusals.length} refusals and probes, in parallel`, () => runCellsInParallel(refusals, world));
  const tokenRefusals = bearerCells(refusals);
  const refusedToTokens = await test.step(`${tokenRefusals.length} refusals and probes with API tokens`, () => runCellsInParallel(tokenRefusals, world));
  const pages = await test.step("pages", () => runPageCells(PAGES, PAGE_PROBES, world));
  const actions = await test.step("server actions", () => runActionCells(ACTIONS, world, readActionManifest()));
  const stateAfterRefusals = await stateOfA(world);
  const streamProblems = await test.step("the event stream carries A's message to A's expert only", () => streamLeakProblems(world));
  const read = await test.step(`${reads.length} owners' reads`, () => runCellsInParallel(reads, world));
  const tokenReads = bearerCells(reads);
  const readWithTokens = await test.step(`${tokenReads.length} owners' reads with API tokens`, () => runCellsInParallel(tokenReads, world));
  const written = await test.step(`${writes.length} owners' writes, in order`, () => runCellsInOrder(writes, world));

  const api = [...refused, ...refusedToTokens, ...read, ...readWithTokens, ...written];
  const summary = {
    routes: ROUTES.length,
    actors: ACTORS.length,
    apiCells: api.length,
    refusals: refusals.length,
    ownerReads: reads.length,
    ownerWrites: writes.length,
    tokenCells: tokenRefusals.length + tokenReads.length,
    pageCells: pages.length,
    actionCalls: actions.length,
  };
  await testInfo.attach("authorization-matrix.json", {
    body: JSON.stringify({ summary, outcomes: [...api, ...pages, ...actions] }, null, 2),
    contentType: "application/json",
  });
  console.log(`authorization matrix: ${JSON.stringify(summary)}`);

  expect.soft(stateAfterRefusals, "set A's records after everyone else's refused calls").toEqual(stateBefore);
  expect.soft(problemsOf(api), "API routes").toEqual([]);
  const succeeded = new Set(api.flatMap((outcome) => (outcome.succeeded ? [outcome.succeeded] : [])));
  expect.soft(operationsNeverSucceeded(succeeded), "declared operations no cell saw succeed (their output went unchecked)").toEqual([]);
  expect.soft(problemsOf(pages), "pages").toEqual([]);
  expect.soft(problemsOf(actions), "server actions").toEqual([]);
  expect.soft(streamProblems, "the event stream").toEqual([]);
});
