import { Client } from "pg";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded";

export const DEV_DATA_DIR = ".data/pg";
export const DEV_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const DEV_DATABASE = "vetted";

export type LocalDatabase = { url: string; server: EmbeddedServer | null };

/** Creates `database` on the server if it does not exist yet. */
export async function ensureDatabaseExists(serverUrl: string, database: string) {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
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
