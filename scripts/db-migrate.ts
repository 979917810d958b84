import { openLocalDatabase } from "./postgres/local-database";
import { applyMigrations } from "./postgres/migrate";
import { runScript } from "./run-script";

// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded dev database).
runScript(async () => {
  const database = await openLocalDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
  } finally {
    await database.server?.stop();
  }
});
