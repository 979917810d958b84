import { Client } from "pg";
import { type EmbeddedServer, startEmbeddedPostgres } from "../../scripts/postgres/embedded";
import { applyMigrations } from "../../scripts/postgres/migrate";

// A fresh, migrated database per test run: on an embedded server of its own, or on
// TEST_DATABASE_URL's server, which must be local so tests can never touch a real database.

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export type TestDatabase = { url: string; drop: () => Promise<void> };

export function assertLocalServer(url: string) {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to run tests against ${host}: TEST_DATABASE_URL must point at a local server.`);
  }
}

function withDatabase(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createTestDatabase(options: { dataDir: string; port: number; name: string }): Promise<TestDatabase> {
  let server: EmbeddedServer | null = null;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    assertLocalServer(serverUrl);
  } else {
    server = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.port });
    serverUrl = server.url("postgres");
  }
  const database = `${options.name}_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = withDatabase(serverUrl, database);
  await applyMigrations(url);

  return {
    url,
    drop: async () => {
      const cleanup = new Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await cleanup.end();
      await server?.stop();
    },
  };
}
