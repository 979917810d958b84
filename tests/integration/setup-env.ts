import { inject } from "vitest";
import { freePort } from "../../scripts/free-port";

// Runs in each test worker before lib/ is imported: point the one Prisma client at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");

// Each test file's payment tests start a Stripe stand-in on a port the OS just gave out; lib/stripe.ts talks to it.
process.env.STRIPE_API_BASE = `http://127.0.0.1:${await freePort()}`;
