import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseOn } from "@/scripts/crash/fresh-database";
import { listPendingMigrations } from "@/scripts/postgres/migrate";

// `npm run db:backup` and `npm run db:restore` on a database of their own on the test server: rows
// written, backed up with pg_dump, then changed, deleted and a table dropped; the restore brings back
// exactly what was backed up. Needs a pg_dump as new as the server (.ci/install-postgresql-client).

let database: Awaited<ReturnType<typeof createDatabaseOn>>;
let folder: string;

beforeAll(async () => {
  database = await createDatabaseOn(process.env.DATABASE_URL!, "vetted_backup");
  folder = mkdtempSync(path.join(tmpdir(), "vetted-backup-"));
});

afterAll(async () => {
  await database?.drop();
  rmSync(folder, { recursive: true, force: true });
});

function runScript(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    env: { PATH: process.env.PATH, NODE_ENV: "test", DATABASE_URL: database.url },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function query<Row extends Record<string, unknown>>(sql: string) {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

const skills = () => query<{ slug: string; name: string }>(`SELECT slug, name FROM skills WHERE slug LIKE 'backup-%' ORDER BY slug`);

describe("backups", () => {
  it("restores the rows that were backed up after they were changed, deleted and their table dropped", async () => {
    await query(`INSERT INTO skills (id, slug, name, category) VALUES
      ('backup_1', 'backup-one', 'Backup One', 'Test'), ('backup_2', 'backup-two', 'Backup Two', 'Test'), ('backup_3', 'backup-three', 'Backup Three', 'Test')`);
    await query(`INSERT INTO companies (id, name, "updatedAt") VALUES ('backup_company', 'Backed Up Co', now())`);
    const backedUp = await skills();
    const file = path.join(folder, "vetted.dump");

    const backup = runScript("scripts/db-backup.ts", "--out", file);
    expect(backup.output).toMatch(/Backed up vetted_backup_\w+ to .*vetted\.dump/);
    expect(backup.status).toBe(0);
    expect(existsSync(file)).toBe(true);

    await query(`UPDATE skills SET name = 'Changed' WHERE slug = 'backup-one'`);
    await query(`DELETE FROM skills WHERE slug = 'backup-two'`);
    await query(`INSERT INTO skills (id, slug, name, category) VALUES ('backup_4', 'backup-four', 'Written after the backup', 'Test')`);
    await query(`DROP TABLE companies CASCADE`);

    const refused = runScript("scripts/db-restore.ts", file);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/add --yes/);
    expect(await skills()).not.toEqual(backedUp);

    const restore = runScript("scripts/db-restore.ts", file, "--yes");
    expect(restore.output).toMatch(/Restored/);
    expect(restore.status).toBe(0);
    expect(await skills()).toEqual(backedUp);
    expect(await query(`SELECT name FROM companies WHERE id = 'backup_company'`)).toEqual([{ name: "Backed Up Co" }]);
    // The foreign keys the dropped table took with it are back too.
    const references = await query<{ count: string }>(`SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND confrelid = 'companies'::regclass`);
    expect(Number(references[0].count)).toBeGreaterThan(0);
    expect(await listPendingMigrations(database.url)).toEqual([]);
  });

  it("refuses a file that is not there, saying so", () => {
    const missing = runScript("scripts/db-restore.ts", path.join(folder, "missing.dump"), "--yes");
    expect(missing.status).toBe(1);
    expect(missing.output).toMatch(/missing\.dump does not exist/);
  });
});
