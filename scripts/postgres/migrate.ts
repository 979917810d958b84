import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { connectTo } from "./connect";

// Applies prisma/migrations the way `prisma migrate deploy` does, recording each in Prisma's own
// table, so that Prisma's CLI on an online machine agrees with what ran here (see shared/STACK.md).

const PRISMA_ADVISORY_LOCK = 72707369;
// From the sources (scripts/postgres/) or from a production bundle (<standalone>/scripts/*.js, which
// scripts/build-server.ts lays out with the migrations in <standalone>/prisma/migrations).
const APP_ROOT = path.resolve(__dirname, path.basename(__dirname) === "postgres" ? "../.." : "..");
export const MIGRATIONS_DIR = path.join(APP_ROOT, "prisma/migrations");

const CREATE_HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export function listMigrations(dir = MIGRATIONS_DIR) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

export async function applyMigrations(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = await connectTo(databaseUrl);
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(CREATE_HISTORY_TABLE);
    const { rows } = await client.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const failed = rows.find((row) => !row.finished_at && !row.rolled_back_at);
    if (failed) {
      throw new Error(`Migration ${failed.migration_name} failed earlier and was not rolled back; fix the database, then mark it rolled back.`);
    }
    const done = new Set(rows.filter((row) => row.finished_at).map((row) => row.migration_name));
    for (const name of listMigrations(dir).filter((n) => !done.has(n))) {
      const sql = readFileSync(path.join(dir, name, "migration.sql"));
      const id = randomUUID();
      const checksum = createHash("sha256").update(sql).digest("hex");
      await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`, [id, checksum, name]);
      try {
        // One simple multi-statement query runs as one implicit transaction: all or nothing.
        await client.query(sql.toString("utf8"));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
        throw new Error(`Migration ${name} failed: ${message}`);
      }
      await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
      applied.push(name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
  return applied;
}

/** The migrations not applied yet (all of them on an empty database); reads only. */
export async function listPendingMigrations(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = await connectTo(databaseUrl);
  try {
    const { rows } = await client.query<{ hasHistory: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "hasHistory"`);
    const finished = rows[0].hasHistory
      ? await client.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`)
      : { rows: [] };
    const done = new Set(finished.rows.map((row) => row.migration_name));
    return listMigrations(dir).filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

/**
 * For scripts run against a server that may be shared (DATABASE_URL), where migrating is a deliberate
 * step: they refuse to start on pending migrations instead of failing later on a missing table.
 */
export async function assertMigrated(databaseUrl: string) {
  const pending = await listPendingMigrations(databaseUrl);
  if (pending.length) {
    throw new Error(`The database has ${pending.length} pending migration${pending.length === 1 ? "" : "s"}: run npm run db:migrate first.`);
  }
}
