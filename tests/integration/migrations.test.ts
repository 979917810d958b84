import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { describe, expect, inject, it } from "vitest";
import { diffSchemaAgainstMigrations } from "../../scripts/db-migration";
import { applyMigrations, listMigrations, MIGRATIONS_DIR } from "../../scripts/postgres/migrate";

const SCHEMA = path.resolve(__dirname, "../../prisma/schema.prisma");

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
