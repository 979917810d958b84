import { Client } from "pg";
import { applyMigrations } from "../postgres/migrate";

// A migrated database of its own on a running server, for a crash test whose workers claim every due
// job: in a shared database they would take (and, killed, hold) other tests' jobs.

export async function createDatabaseOn(someDatabaseUrl: string, prefix: string) {
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const serverUrl = new URL(someDatabaseUrl);
  serverUrl.pathname = "/postgres";
  const admin = new Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(someDatabaseUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new Client({ connectionString: serverUrl.toString() });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
