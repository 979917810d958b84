import { inject } from "vitest";

// Runs in each test worker before lib/ is imported: point the one Prisma client at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");

// Each worker's payment tests start a Stripe stand-in on their own port; lib/stripe.ts talks to it.
process.env.STRIPE_API_BASE = `http://127.0.0.1:${12300 + Number(process.env.VITEST_POOL_ID ?? 0)}`;
