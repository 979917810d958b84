import { directDatabaseUrl } from "../lib/env";
import { applyMigrations } from "./postgres/migrate";
import { runScript } from "./run-script";

// `npm run db:migrate`: applies pending migrations to DIRECT_DATABASE_URL or DATABASE_URL (or the
// embedded dev database). The direct URL, because the migrator holds a session-level advisory lock,
// which a transaction pooler (PgBouncer) would hand to whichever client came next.
runScript(async () => {
  const configured = directDatabaseUrl();
  if (!configured && process.env.NODE_ENV === "production") throw new Error("DATABASE_URL is not set: point it at the PostgreSQL server to migrate.");
  // Loaded only without a server of its own: the production bundle ships no embedded PostgreSQL.
  const database = configured ? { url: configured, server: null } : await (await import("./postgres/local-database")).openLocalDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
  } finally {
    await database.server?.stop();
  }
});
