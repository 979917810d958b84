import { openMigratedLocalDatabase } from "./postgres/local-database";
import { runScript } from "./run-script";

// `npm run db:seed`: the demo data (prisma/seed.ts), idempotently, on the local database migrated
// first; on DATABASE_URL it refuses to run with pending migrations.

runScript(async () => {
  const database = await openMigratedLocalDatabase();
  process.env.DATABASE_URL = database.url;
  const { seedDatabase } = await import("../prisma/seed");
  const { db } = await import("@/lib/db");
  const started = performance.now();
  try {
    const { skillsUpdated, ...inserted } = await seedDatabase();
    const total = Object.values(inserted).reduce((sum, count) => sum + count, 0);
    const parts = Object.entries(inserted)
      .map(([table, count]) => `${table} ${count}`)
      .join(", ");
    console.log(`Seed: ${total} new rows (${parts}), ${skillsUpdated} skills updated, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.$disconnect();
    await database.server?.stop();
  }
});
