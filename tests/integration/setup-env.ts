import { inject } from "vitest";

// Runs in each test worker before lib/ is imported: point the one Prisma client at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
