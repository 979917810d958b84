import { openMigratedLocalDatabase } from "./postgres/local-database";
import { runScript } from "./run-script";
import { openLocalStripe } from "./stripe-standin/local-standin";

// `npm run ledger:check`: verifies every money invariant over the whole database and compares our
// totals with what Stripe (or the stand-in) reports. Exits 1 on any difference. The local database is
// migrated first; on DATABASE_URL it refuses to run with pending migrations.

runScript(async () => {
  const isLocal = !process.env.DATABASE_URL;
  const database = await openMigratedLocalDatabase();
  process.env.DATABASE_URL = database.url;
  const { checkLedger } = await import("@/lib/payments/ledger-check");
  const { ledgerReportLines } = await import("@/lib/payments/ledger-report-lines");
  const { db } = await import("@/lib/db");
  let stripeStandin: Awaited<ReturnType<typeof openLocalStripe>> = null;
  try {
    // The embedded database's payments went through `npm run dev`'s stand-in: ask the same one.
    if (isLocal) stripeStandin = await openLocalStripe();
    const report = await checkLedger();
    for (const line of ledgerReportLines(report)) console.log(line);
    console.log(report.problems.length ? `${report.problems.length} differences` : "0 differences: the ledger balances and matches Stripe");
    return report.problems.length ? 1 : 0;
  } finally {
    await db.$disconnect();
    await stripeStandin?.stop();
    await database.server?.stop();
  }
});
