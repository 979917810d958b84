import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { describe, expect, inject, it } from "vitest";
import { diffSchemaAgainstMigrations } from "../../scripts/db-migration";
import { applyMigrations, listMigrations, MIGRATIONS_DIR } from "../../scripts/postgres/migrate";

const SCHEMA = path.resolve(__dirname, "../../prisma/schema.prisma");
const JOB_STATUS_MIGRATION = "20261207080600_job_status";
const TWO_WAY_REVIEWS_MIGRATION = "20261207175953_reviews_and_saved_experts";

async function withClient<T>(url: string, work: (client: Client) => Promise<T>) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function freshDatabase(name: string) {
  const url = new URL(inject("databaseUrl"));
  const database = `${name}_${Date.now()}`;
  await withClient(url.toString(), (client) => client.query(`CREATE DATABASE "${database}"`));
  url.pathname = `/${database}`;
  return url.toString();
}

describe("migrations", () => {
  it("cover prisma/schema.prisma, and the check notices a schema change without a migration", async () => {
    const changedSchema = path.join(mkdtempSync(path.join(tmpdir(), "vetted-schema-")), "schema.prisma");
    writeFileSync(changedSchema, `${readFileSync(SCHEMA, "utf8")}\nmodel Unmigrated {\n  id String @id\n}\n`);
    const [current, changed] = await Promise.all([
      diffSchemaAgainstMigrations({ exitCode: true }),
      diffSchemaAgainstMigrations({ exitCode: true, schemaPath: changedSchema }),
    ]);
    expect(current.hasChanges, current.sql).toBe(false);
    expect(changed.hasChanges).toBe(true);
    expect(changed.sql).toContain('CREATE TABLE "Unmigrated"');
  }, 90_000);

  it("records each migration in Prisma's table with the sha256 of its SQL, and applies nothing twice", async () => {
    const url = await freshDatabase("migrator");
    expect(await applyMigrations(url)).toEqual(listMigrations());
    expect(await applyMigrations(url)).toEqual([]);
    const rows = await withClient(
      url,
      async (client) =>
        (await client.query(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`)).rows,
    );
    expect(rows).toHaveLength(listMigrations().length);
    for (const row of rows) {
      const sql = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("keeps reviews written before reviews went two-way as published client → expert reviews of the contract's company", async () => {
    const url = await freshDatabase("migrator_two_way_reviews");
    const before = path.join(mkdtempSync(path.join(tmpdir(), "vetted-migrations-")), "migrations");
    mkdirSync(before);
    for (const name of listMigrations().filter((name) => name < TWO_WAY_REVIEWS_MIGRATION))
      cpSync(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
    await applyMigrations(url, before);
    await withClient(url, async (client) => {
      await client.query(`INSERT INTO users (id, email, name, "passwordHash", role, "updatedAt") VALUES
        ('client', 'client@example.test', 'Client', 'x', 'CLIENT', now()), ('expert', 'expert@example.test', 'Expert', 'x', 'EXPERT', now())`);
      await client.query(`INSERT INTO companies (id, name, "updatedAt") VALUES ('company', 'Company', now())`);
      await client.query(`INSERT INTO expert_profiles (id, "userId", "updatedAt") VALUES ('profile', 'expert', now())`);
      await client.query(`INSERT INTO hiring_requests (id, "companyId", "createdById", title, description, "budgetMaxCents", timezone, "updatedAt")
        VALUES ('request', 'company', 'client', 'T', 'D', 100, 'UTC', now())`);
      await client.query(`INSERT INTO contracts (id, "requestId", "companyId", "clientUserId", "expertProfileId", title, status, "totalCents", "completedAt", "updatedAt")
        VALUES ('contract', 'request', 'company', 'client', 'profile', 'T', 'COMPLETED', 100, now(), now())`);
      await client.query(
        `INSERT INTO reviews (id, "contractId", "expertProfileId", "authorId", rating, "createdAt") VALUES ('review', 'contract', 'profile', 'client', 4, '2026-11-01T10:00:00Z')`,
      );
    });

    expect(await applyMigrations(url)).toEqual(listMigrations().filter((name) => name >= TWO_WAY_REVIEWS_MIGRATION));
    const reviews = await withClient(
      url,
      async (client) => (await client.query(`SELECT direction, "companyId", "publishedAt" = "createdAt" AS "isPublishedAsWritten" FROM reviews`)).rows,
    );
    expect(reviews).toEqual([{ direction: "CLIENT_TO_EXPERT", companyId: "company", isPublishedAsWritten: true }]);
  });

  it("gives existing jobs the state their timestamps implied when job states arrive, and keeps state and timestamps in agreement", async () => {
    const url = await freshDatabase("migrator_job_status");
    const before = path.join(mkdtempSync(path.join(tmpdir(), "vetted-migrations-")), "migrations");
    mkdirSync(before);
    for (const name of listMigrations().filter((name) => name < JOB_STATUS_MIGRATION))
      cpSync(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
    await applyMigrations(url, before);
    const hourAgo = "now() - interval '1 hour'";
    await withClient(url, (client) =>
      client.query(`INSERT INTO jobs (id, kind, payload, "runAt", attempts, "maxAttempts", "lockedBy", "lockedUntil", "doneAt", "failedAt", "lastError") VALUES
        ('done', 'matching.deadline', '{}', ${hourAgo}, 1, 5, 'w', NULL, ${hourAgo}, NULL, NULL),
        ('failed', 'matching.deadline', '{}', ${hourAgo}, 5, 5, 'w', NULL, NULL, ${hourAgo}, 'Stripe did not answer'),
        ('waiting', 'matching.deadline', '{}', now() + interval '1 hour', 0, 5, NULL, NULL, NULL, NULL, NULL),
        ('retrying', 'matching.deadline', '{}', ${hourAgo}, 2, 5, 'w', NULL, NULL, NULL, 'timeout'),
        ('running-last', 'matching.deadline', '{}', ${hourAgo}, 5, 5, 'w', now() + interval '1 minute', NULL, NULL, 'timeout'),
        ('abandoned-last', 'matching.deadline', '{}', ${hourAgo}, 5, 5, 'w', ${hourAgo}, NULL, NULL, 'timeout')`),
    );

    expect(await applyMigrations(url)).toEqual(listMigrations().filter((name) => name >= JOB_STATUS_MIGRATION));
    const jobs = await withClient(
      url,
      async (client) =>
        (await client.query(`SELECT id, status, "doneAt" IS NOT NULL AS "isDone", "failedAt" IS NOT NULL AS "isFailed", "lastError" FROM jobs ORDER BY id`))
          .rows,
    );
    expect(jobs).toEqual([
      {
        id: "abandoned-last",
        status: "FAILED",
        isDone: false,
        isFailed: true,
        lastError: "The worker running its last attempt stopped before it finished. Before that: timeout",
      },
      { id: "done", status: "COMPLETED", isDone: true, isFailed: false, lastError: null },
      { id: "failed", status: "FAILED", isDone: false, isFailed: true, lastError: "Stripe did not answer" },
      { id: "retrying", status: "QUEUED", isDone: false, isFailed: false, lastError: "timeout" },
      { id: "running-last", status: "QUEUED", isDone: false, isFailed: false, lastError: "timeout" },
      { id: "waiting", status: "QUEUED", isDone: false, isFailed: false, lastError: null },
    ]);
    await withClient(url, async (client) => {
      await expect(client.query(`UPDATE jobs SET status = 'COMPLETED' WHERE id = 'waiting'`)).rejects.toThrow(/jobs_status_matches_timestamps/);
      await expect(client.query(`UPDATE jobs SET "failedAt" = NULL WHERE id = 'failed'`)).rejects.toThrow(/jobs_status_matches_timestamps/);
    });
  });

  it("rolls a failing migration back whole, logs it, and refuses to go on until it is resolved", async () => {
    const url = await freshDatabase("migrator_failure");
    const dir = mkdtempSync(path.join(tmpdir(), "vetted-migrations-"));
    mkdirSync(path.join(dir, "001_ok"));
    writeFileSync(path.join(dir, "001_ok", "migration.sql"), "CREATE TABLE a (id int);");
    mkdirSync(path.join(dir, "002_broken"));
    writeFileSync(path.join(dir, "002_broken", "migration.sql"), "CREATE TABLE b (id int);\nSELECT * FROM missing_table;");

    await expect(applyMigrations(url, dir)).rejects.toThrow(/002_broken failed/);
    const state = await withClient(url, async (client) => ({
      tables: (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('a', 'b')`)).rows.map((r) => r.tablename),
      broken: (await client.query(`SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '002_broken'`)).rows[0],
    }));
    expect(state.tables).toEqual(["a"]);
    expect(state.broken.finished_at).toBeNull();
    expect(state.broken.logs).toMatch(/missing_table/);
    await expect(applyMigrations(url, dir)).rejects.toThrow(/failed earlier/);
  });
});
