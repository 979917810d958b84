import { directDatabaseUrl } from "../../lib/env";
import { connectTo } from "./connect";
import { type EmbeddedServer, startEmbeddedPostgres } from "./embedded";
import { applyMigrations, assertMigrated } from "./migrate";

export const DEV_DATA_DIR = ".data/pg";
export const DEV_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const DEV_DATABASE = "vetted";

export type LocalDatabase = { url: string; server: EmbeddedServer | null };

/** Creates `database` on the server if it does not exist yet. */
export async function ensureDatabaseExists(serverUrl: string, database: string) {
  const admin = await connectTo(serverUrl);
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

/**
 * DATABASE_URL when it is set (nothing is started); otherwise the embedded PostgreSQL in .data/pg,
 * started now and stopped by the caller through `server.stop()`.
 */
export async function openLocalDatabase(log?: (line: string) => void): Promise<LocalDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, server: null };
  const server = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, port: DEV_PORT, log });
  await ensureDatabaseExists(server.url("postgres"), DEV_DATABASE);
  return { url: server.url(DEV_DATABASE), server };
}

/**
 * For what needs a session of its own (backups, restores): DIRECT_DATABASE_URL or DATABASE_URL when
 * set, so never through a transaction pooler; otherwise the embedded database, as openLocalDatabase.
 */
export async function openDirectLocalDatabase(log?: (line: string) => void): Promise<LocalDatabase> {
  const configured = directDatabaseUrl();
  return configured ? { url: configured, server: null } : openLocalDatabase(log);
}

/**
 * The database a script works on, ready for it. The embedded one is this checkout's own: it is
 * started and migrated. DATABASE_URL's is only checked: the script refuses to run on pending
 * migrations (assertMigrated), since migrating a shared server is a step of its own.
 */
export async function openMigratedLocalDatabase(log?: (line: string) => void): Promise<LocalDatabase> {
  if (process.env.DATABASE_URL) {
    await assertMigrated(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, server: null };
  }
  const database = await openLocalDatabase(log);
  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) console.log(`Applied ${applied.length} migration${applied.length === 1 ? "" : "s"} to the local database in ${DEV_DATA_DIR}.`);
    return database;
  } catch (error) {
    await database.server?.stop();
    throw error;
  }
}
