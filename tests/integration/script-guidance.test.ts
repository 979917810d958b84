import { spawn } from "node:child_process";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { STANDIN_WEBHOOK_SECRET } from "@/lib/stripe";
import { freePort } from "@/scripts/free-port";
import { listMigrations } from "@/scripts/postgres/migrate";
import { type StripeStandin, startStripeStandin } from "@/scripts/stripe-standin/server";

// The documented scripts on a fresh database, as a newcomer runs them: each ends with its report or
// one line saying what to run first, never with a stack trace. Each script runs as its own process.

const SCRIPT_TIMEOUT_MS = 90_000;
const STACK_FRAME = /^\s+at /m;
const created: string[] = [];
let standin: StripeStandin;

function serverUrl(database: string) {
  const url = new URL(inject("databaseUrl"));
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer(sql: string, database = "postgres") {
  const client = new Client({ connectionString: serverUrl(database) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createEmptyDatabase() {
  const name = `vetted_scripts_${Date.now()}_${created.length}`;
  await onServer(`CREATE DATABASE "${name}"`);
  created.push(name);
  return { name, url: serverUrl(name) };
}

type Run = { code: number | null; lines: string[]; output: string };

/** Runs a script the way npm does (tsx), with only the environment given; kills it if it has not ended in time. */
function runScript(script: string, env: Record<string, string>): Promise<Run> {
  const inherited = Object.fromEntries(["PATH", "HOME", "TMPDIR"].flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])));
  const childEnv: NodeJS.ProcessEnv = { ...inherited, NODE_ENV: "test", LOG_LEVEL: "silent", ...env };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], { env: childEnv });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), SCRIPT_TIMEOUT_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, lines: output.split("\n").filter((line) => line.trim()), output });
    });
  });
}

const pendingLine = (count: number) => `The database has ${count} pending migration${count === 1 ? "" : "s"}: run npm run db:migrate first.`;

beforeAll(async () => {
  standin = await startStripeStandin({ port: await freePort(), webhookSecret: STANDIN_WEBHOOK_SECRET });
});

afterAll(async () => {
  await standin.stop();
  for (const name of created) await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe("documented scripts on a fresh database", () => {
  it("ledger:check says to migrate first in one line; after db:migrate it prints its report", { timeout: 4 * SCRIPT_TIMEOUT_MS }, async () => {
    const database = await createEmptyDatabase();
    const env = { DATABASE_URL: database.url, STRIPE_API_BASE: standin.url };

    const refused = await runScript("scripts/ledger-check.ts", env);
    expect(refused.output).not.toMatch(STACK_FRAME);
    expect(refused.lines).toEqual([pendingLine(listMigrations().length)]);
    expect(refused.code).toBe(1);

    const migrated = await runScript("scripts/db-migrate.ts", env);
    expect(migrated.lines).toEqual([expect.stringMatching(new RegExp(`^Applied ${listMigrations().length} migration\\(s\\): `))]);
    expect(migrated.code).toBe(0);

    const checked = await runScript("scripts/ledger-check.ts", env);
    expect(checked.output).not.toMatch(STACK_FRAME);
    expect(checked.lines.at(-1)).toBe("0 differences: the ledger balances and matches Stripe");
    expect(checked.code).toBe(0);
  });

  it("the worker refuses a database with pending migrations in one line", { timeout: 3 * SCRIPT_TIMEOUT_MS }, async () => {
    const database = await createEmptyDatabase();

    const refused = await runScript("scripts/worker.ts", { DATABASE_URL: database.url });
    expect(refused.output).not.toMatch(STACK_FRAME);
    expect(refused.lines).toEqual([pendingLine(listMigrations().length)]);
    expect(refused.code).toBe(1);

    // One migration short: the database of an app deployed before the worker's code was.
    expect((await runScript("scripts/db-migrate.ts", { DATABASE_URL: database.url })).code).toBe(0);
    await onServer(`DELETE FROM "_prisma_migrations" WHERE migration_name = '${listMigrations().at(-1)}'`, database.name);
    const oneShort = await runScript("scripts/worker.ts", { DATABASE_URL: database.url });
    expect(oneShort.lines).toEqual([pendingLine(1)]);
    expect(oneShort.code).toBe(1);
  });

  it("names a missing DATABASE_URL or an unreachable server in one line", { timeout: 3 * SCRIPT_TIMEOUT_MS }, async () => {
    const withoutDatabase = await runScript("scripts/worker.ts", {});
    expect(withoutDatabase.lines).toEqual([expect.stringMatching(/^DATABASE_URL is not set: npm run dev runs a worker/)]);
    expect(withoutDatabase.code).toBe(1);

    const closedPort = await freePort();
    const unreachable = await runScript("scripts/ledger-check.ts", {
      DATABASE_URL: `postgresql://vetted:secret@127.0.0.1:${closedPort}/vetted`,
      STRIPE_API_BASE: standin.url,
    });
    expect(unreachable.output).not.toMatch(STACK_FRAME);
    expect(unreachable.lines).toEqual([
      `Cannot reach PostgreSQL at 127.0.0.1:${closedPort}: nothing is listening there. Start it, or point DATABASE_URL at a running server.`,
    ]);
    expect(unreachable.code).toBe(1);
  });
});
