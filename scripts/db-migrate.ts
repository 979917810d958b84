import { applyMigrations } from "./postgres/migrate";
import { openLocalDatabase } from "./postgres/local-database";

// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded dev database).
async function main() {
  const database = await openLocalDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
  } finally {
    await database.server?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
