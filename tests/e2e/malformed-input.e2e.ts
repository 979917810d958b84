import { createHash } from "node:crypto";
import { request as playwrightRequest } from "@playwright/test";
import { type Credentials, demoAccount, e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";
import { databaseFingerprint, type Fingerprint, fingerprintChanges, IDS_ONLY_TABLES, SKIPPED_TABLES } from "./malformed/fingerprint";
import { generateCases, type MalformedCase, type OpenApiDocument, operationsOf, parsedLikeTheServer, type Role } from "./malformed/generate";
import { holdQueuedJobs, releaseQueuedJobs } from "./malformed/hold-jobs";
import { branchesOf, exampleOf, mayAccept } from "./malformed/json-schema";
import { loadOwnedIds, NO_SUCH_ID } from "./malformed/owned-ids";
import { crossSiteFormPosts, unexpectedFieldPosts } from "./malformed/probe-cases";
import { type Outcome, sendAll } from "./malformed/send";
import { PRIMARY_URL, SECOND_URL } from "./ports";
import { createAdminAccount } from "./two-factor-fixtures";

// Malformed bodies, query strings, path ids and webhook deliveries for every operation in the served
// OpenAPI document, over real HTTP: every answer is a 4xx in the error shape, and nothing is written.
// The database check compares the whole e2e database, so run this file on its own: beside other test
// files, their writes would show as changes.

const SEED = 20_260_601;
const BASE_URLS = [PRIMARY_URL, SECOND_URL];
const FORGED_COOKIE = "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.forged.forged.forged";

test.describe.configure({ mode: "serial" });

async function openApiDocument(): Promise<OpenApiDocument> {
  const context = await playwrightRequest.newContext({ baseURL: BASE_URLS[0] });
  const response = await context.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as OpenApiDocument;
  await context.dispose();
  return document;
}

async function sessionCookie(credentials: Credentials) {
  const context = await playwrightRequest.newContext({ baseURL: BASE_URLS[0] });
  await signInThroughApi(context, credentials);
  const { cookies } = await context.storageState();
  await context.dispose();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** The demo client and expert, and an admin of this test's own (admins sign in with a code, once each). */
async function signedInCallers() {
  const admin = await createAdminAccount();
  const cookies = {
    CLIENT: await sessionCookie(demoAccount("CLIENT")),
    EXPERT: await sessionCookie(demoAccount("EXPERT")),
    ADMIN: await sessionCookie(admin),
  } satisfies Record<Role, string>;
  const emails = { client: demoAccount("CLIENT").email, expert: demoAccount("EXPERT").email, admin: admin.email };
  return { cookies, emails };
}

function generationOptions() {
  // Dates in whole days, so a day's runs generate the same bodies; a week ahead passes "not in the past"
  // rules. Webhook signatures carry the current time, so that "wrong signature" is not "too old".
  const today = new Date(new Date().toISOString().slice(0, 10));
  return { seed: SEED, futureDate: new Date(today.getTime() + 7 * 86_400_000).toISOString(), nowSeconds: Math.floor(Date.now() / 1000) };
}

function digestOf(cases: MalformedCase[]) {
  const hash = createHash("sha256");
  for (const { body, ...rest } of cases) hash.update(JSON.stringify(rest)).update(body ?? "");
  return hash.digest("hex");
}

const tally = (items: string[]) =>
  Object.fromEntries([...items.reduce((counts, item) => counts.set(item, (counts.get(item) ?? 0) + 1), new Map<string, number>())].sort());

function describeCase(testCase: MalformedCase) {
  const body = testCase.body === undefined ? "" : typeof testCase.body === "string" ? testCase.body.slice(0, 300) : `<${testCase.body.length} bytes>`;
  return `#${testCase.id} ${testCase.operation} [${testCase.kind}] ${testCase.detail} ids=${JSON.stringify(testCase.ids)} caller=${testCase.caller}${testCase.query === undefined ? "" : ` query=${testCase.query.slice(0, 200)}`} content-type=${String(testCase.contentType ?? "application/json")} body=${body}`;
}

test("the generator covers every operation, reproducibly, with cases its schemas reject", async () => {
  test.setTimeout(90_000);
  const document = await openApiDocument();
  const components = document.components?.schemas ?? {};
  const options = generationOptions();
  const generated = generateCases(document, options);
  const again = generateCases(document, options);
  expect(digestOf(again.cases), "the same seed gives the same cases").toBe(digestOf(generated.cases));
  expect(digestOf(generateCases(document, { ...options, seed: SEED + 1 }).cases), "another seed gives others").not.toBe(digestOf(generated.cases));

  for (const operation of operationsOf(document)) {
    const count = generated.countsByOperation[operation.key];
    if (operation.body) {
      expect(count, operation.key).toBeGreaterThanOrEqual(50);
      for (const branch of branchesOf(operation.body, components)) {
        expect(mayAccept(branch, exampleOf(branch, { components, futureDate: options.futureDate }), components), `${operation.key} example`).toBe(true);
      }
    }
    if (operation.query.length) expect(count, operation.key).toBeGreaterThanOrEqual(50);
    if (operation.pathParameters.length) expect(count, operation.key).toBeGreaterThanOrEqual(30);
    if (operation.access !== "public") expect(count, operation.key).toBeGreaterThanOrEqual(2);
  }
  expect(generated.countsByOperation["POST /api/webhooks/stripe"]).toBeGreaterThanOrEqual(200);
  expect(generated.cases.length).toBeGreaterThanOrEqual(10_000);

  // A JSON body sent with the caller's real ids must be one the schema rejects (the NUL probes aside).
  const operations = new Map(operationsOf(document).map((operation) => [operation.key, operation]));
  for (const testCase of generated.cases) {
    const schema = operations.get(testCase.operation)!.body;
    if (!schema || testCase.ids !== "owned" || testCase.caller !== "operation" || typeof testCase.body !== "string" || testCase.contentType !== undefined)
      continue;
    if (testCase.kind === "body.nul-probe") continue;
    let parsed: unknown;
    try {
      parsed = parsedLikeTheServer(testCase.body);
    } catch {
      continue;
    }
    expect(mayAccept(schema, parsed, components), describeCase(testCase)).toBe(false);
  }
});

test("10,000+ malformed requests are refused with a 4xx in the error shape, and the database is unchanged", async () => {
  test.setTimeout(8 * 60_000);
  const document = await openApiDocument();
  const { cases, countsByOperation, skipped } = generateCases(document, generationOptions());
  const access = new Map(operationsOf(document).map((operation) => [operation.key, operation.access]));

  // Signing in writes lastSignInAt, so every session exists before the first fingerprint.
  const { cookies, emails } = await signedInCallers();
  const { found, ownedId } = await loadOwnedIds(e2eDatabaseUrl(), emails);
  await holdQueuedJobs(e2eDatabaseUrl());
  let before: Fingerprint;
  let after: Fingerprint;
  let outcomes: Outcome[];
  let seconds: number;
  try {
    before = await databaseFingerprint(e2eDatabaseUrl());
    const startedAt = performance.now();
    outcomes = await sendAll(
      cases,
      { baseUrls: BASE_URLS, callers: { cookies, forgedCookie: FORGED_COOKIE }, ownedId, missingId: NO_SUCH_ID },
      (operation) => access.get(operation)!,
    );
    seconds = (performance.now() - startedAt) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    after = await databaseFingerprint(e2eDatabaseUrl());
  } finally {
    await releaseQueuedJobs(e2eDatabaseUrl());
  }

  const problems = outcomes.filter((outcome): outcome is Outcome & { problem: string } => outcome.problem !== undefined);
  console.log(
    JSON.stringify(
      {
        seed: SEED,
        cases: cases.length,
        droppedAsPossiblyValid: skipped,
        seconds: Math.round(seconds * 10) / 10,
        requestsPerSecond: Math.round(cases.length / seconds),
        byStatus: tally(outcomes.map((outcome) => String(outcome.status))),
        byOperation: countsByOperation,
        ownedIds: found,
        skippedTables: SKIPPED_TABLES,
        idsOnlyTables: IDS_ONLY_TABLES,
        problems: tally(problems.map((outcome) => `${outcome.status} ${outcome.problem} — ${outcome.testCase.operation} [${outcome.testCase.kind}]`)),
      },
      null,
      2,
    ),
  );
  for (const outcome of problems.slice(0, 40))
    console.log(`${outcome.status} ${outcome.problem}: ${describeCase(outcome.testCase)}\n  → ${outcome.body.slice(0, 400)}`);

  expect
    .soft(
      problems.filter((outcome) => outcome.status >= 500).map((outcome) => describeCase(outcome.testCase)),
      "5xx answers",
    )
    .toEqual([]);
  const otherProblems = problems.filter((outcome) => outcome.status < 500);
  expect
    .soft(
      otherProblems.map((outcome) => `${outcome.status} ${outcome.problem}: ${describeCase(outcome.testCase)}`).slice(0, 50),
      "other answers that are not a 4xx in the error shape",
    )
    .toEqual([]);
  expect(fingerprintChanges(before, after), "tables changed by malformed requests").toEqual([]);
});

/** Sends each case as a caller allowed to make it, with ids that caller owns; returns the answers that were not as expected. */
async function probeEveryOperation(makeCases: (operations: ReturnType<typeof operationsOf>) => MalformedCase[]) {
  const document = await openApiDocument();
  const operations = operationsOf(document);
  const cases = makeCases(operations);
  const access = new Map(operations.map((operation) => [operation.key, operation.access]));
  const { cookies, emails } = await signedInCallers();
  const { ownedId } = await loadOwnedIds(e2eDatabaseUrl(), emails);
  const before = await databaseFingerprint(e2eDatabaseUrl());
  const outcomes = await sendAll(
    cases,
    { baseUrls: BASE_URLS, callers: { cookies, forgedCookie: FORGED_COOKIE }, ownedId, missingId: NO_SUCH_ID },
    (operation) => access.get(operation)!,
    10,
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = await databaseFingerprint(e2eDatabaseUrl());
  return {
    operations: new Set(cases.map((testCase) => testCase.operation)).size,
    problems: outcomes
      .filter((outcome) => outcome.problem)
      .map((outcome) => `${outcome.problem}: ${describeCase(outcome.testCase)} → ${outcome.body.slice(0, 200)}`),
    changes: fingerprintChanges(before, after),
  };
}

test("a cross-site form post with a valid session is refused by every state-changing operation, and nothing changes", async () => {
  test.setTimeout(120_000);
  const { operations, problems, changes } = await probeEveryOperation(crossSiteFormPosts);
  expect(operations, "state-changing operations probed").toBeGreaterThanOrEqual(30);
  expect(problems).toEqual([]);
  expect(changes, "tables changed by cross-site posts").toEqual([]);
});

test('{ "unexpected": 1 } is a 400 from every state-changing operation, and no row is written', async () => {
  test.setTimeout(120_000);
  const { operations, problems, changes } = await probeEveryOperation(unexpectedFieldPosts);
  expect(operations, "state-changing operations probed").toBeGreaterThanOrEqual(30);
  expect(problems).toEqual([]);
  expect(changes, "tables changed by unexpected fields").toEqual([]);
});
