import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LedgerAccountType } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { monthBounds } from "@/lib/statements/months";
import { statementCsv } from "@/lib/statements/statement-csv";
import { readStatementData } from "@/lib/statements/statement-data";
import { type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { createExpertMonth, dateBookings, type ExpertMonth } from "../fixtures/statements";

let harness: PaymentHarness;
let month: ExpertMonth;
beforeAll(async () => {
  harness = await startPaymentHarness();
  month = await createExpertMonth(harness);
  // The first milestone was funded in January, everything else happened in February 2019 (UTC);
  // one booking sits on each edge of February: its first instant (in) and March's first (out).
  await dateBookings(month.released, new Date("2019-01-31T23:59:59.999Z"), "funding");
  await dateBookings(month.released, new Date("2019-02-01T00:00:00.000Z"), "release");
  await dateBookings(month.split, new Date("2019-02-10T12:00:00.000Z"));
  await dateBookings(month.cancelled, new Date("2019-02-15T12:00:00.000Z"));
  await dateBookings(month.cancelled, new Date("2019-03-01T00:00:00.000Z"), "refund");
}, 120_000);
afterAll(async () => {
  await harness.stop();
});

/** The ledger's own sum for one account type of this contract, for bookings in [start, end) or before `end`. */
async function ledgerSum(contractId: string, type: LedgerAccountType, range: { start?: Date; end: Date }) {
  const { _sum } = await db.ledgerEntry.aggregate({
    where: { account: { type }, transaction: { contractId, createdAt: { gte: range.start, lt: range.end } } },
    _sum: { amountCents: true },
  });
  return _sum.amountCents ?? 0;
}

describe("an expert's earnings statement", () => {
  it("has totals equal to the ledger's, to the cent, in a month with a release, a dispute split and a refund", async () => {
    const { start, end } = monthBounds("2019-02");
    const data = await readStatementData(month.expert.expertProfileId!, "2019-02");
    expect(data.totals).toHaveLength(1);
    const [usd] = data.totals;
    const inMonth = { start, end };
    expect(usd).toEqual({
      currency: "USD",
      openingHeldCents: await ledgerSum(month.contractId, "ESCROW", { end: start }),
      fundedCents: -(await ledgerSum(month.contractId, "CLIENT_FUNDING", inMonth)),
      releasedCents: (await ledgerSum(month.contractId, "EXPERT_PAYABLE", inMonth)) + (await ledgerSum(month.contractId, "PLATFORM_REVENUE", inMonth)),
      feesCents: await ledgerSum(month.contractId, "PLATFORM_REVENUE", inMonth),
      netCents: await ledgerSum(month.contractId, "EXPERT_PAYABLE", inMonth),
      refundedCents: await ledgerSum(month.contractId, "CLIENT_REFUNDS", inMonth),
      closingHeldCents: await ledgerSum(month.contractId, "ESCROW", { end }),
      paidOutCents: await ledgerSum(month.contractId, "EXPERT_PAYABLE", inMonth),
    });
    // And in figures: 1,500.00 released whole (fee 150.00), 600.05 of 1,000.01 after the dispute (fee 60.01,
    // rounded half up), 399.96 refunded; the cancelled milestone's 300.00 refund is booked in March.
    expect(usd).toEqual({
      currency: "USD",
      openingHeldCents: 150_000,
      fundedCents: 130_001,
      releasedCents: 210_005,
      feesCents: 21_001,
      netCents: 189_004,
      refundedCents: 39_996,
      closingHeldCents: 30_000,
      paidOutCents: 189_004,
    });
    const bookings = await db.ledgerTransaction.count({ where: { contractId: month.contractId, createdAt: { gte: start, lt: end } } });
    expect(data.lines).toHaveLength(bookings);
    expect(data.lines.map((line) => line.kind).sort()).toEqual(["funding", "funding", "refund", "release", "release"]);
    expect(data.payouts.map((payout) => [payout.amountCents, payout.status])).toEqual([
      [135_000, "PAID"],
      [54_004, "PAID"],
    ]);
    expect(data.payouts.every((payout) => payout.stripeTransferId?.startsWith("tr_"))).toBe(true);
  });

  it("carries the balance from month to month: January's closing is February's opening; March books the late refund", async () => {
    const expertProfileId = month.expert.expertProfileId!;
    const [january, february, march] = await Promise.all(["2019-01", "2019-02", "2019-03"].map((name) => readStatementData(expertProfileId, name)));
    expect(january.totals).toEqual([expect.objectContaining({ openingHeldCents: 0, fundedCents: 150_000, closingHeldCents: 150_000, netCents: 0 })]);
    expect(february.totals[0].openingHeldCents).toBe(january.totals[0].closingHeldCents);
    expect(march.totals).toEqual([expect.objectContaining({ openingHeldCents: 30_000, refundedCents: 30_000, closingHeldCents: 0 })]);
    expect(january.payouts).toEqual([]);
  });

  it("writes the same totals into its CSV", async () => {
    const csv = statementCsv(await readStatementData(month.expert.expertProfileId!, "2019-02"));
    expect(csv).toContain(",Total released,,,USD,2100.05,210.01,1890.04,-2100.05,,\r\n");
    expect(csv).toContain(",Opening balance held by Vetted,,,USD,,,,1500.00,,\r\n");
    expect(csv).toContain(",Closing balance held by Vetted,,,USD,,,,300.00,,\r\n");
    expect(csv).toContain(",Total paid out,,,USD,,,1890.04,,,\r\n");
  });

  it("shows nothing of another expert's contracts", async () => {
    const other = await readStatementData("no-such-expert-profile", "2019-02");
    expect(other).toMatchObject({ lines: [], payouts: [], totals: [] });
  });
});
