import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { exportCsvChunks } from "@/lib/ledger-exports/export-rows";
import { exportBounds } from "@/lib/ledger-exports/schemas";
import { type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { createExpertMonth, dateBookings, type ExpertMonth } from "../fixtures/statements";
import { parseCsv } from "../support/parse-csv";

// Admin exports cover whole UTC days, both included: [from 00:00, the day after `to` 00:00). This file
// owns April and June 2017 in the ledger: no other test dates bookings there.

let harness: PaymentHarness;
let month: ExpertMonth;
beforeAll(async () => {
  harness = await startPaymentHarness();
  month = await createExpertMonth(harness);
  await dateBookings(month.released, new Date("2017-03-31T23:59:59.999Z"), "funding"); // the day before: out
  await dateBookings(month.released, new Date("2017-04-01T00:00:00.000Z"), "release"); // the first instant: in
  await dateBookings(month.split, new Date("2017-04-30T23:59:59.999Z")); // the last instant: in
  await dateBookings(month.cancelled, new Date("2017-05-01T00:00:00.000Z")); // the day after: out
  await db.$executeRaw(Prisma.sql`
    UPDATE transfers SET "createdAt" = CASE WHEN "milestoneId" = ${month.released} THEN '2017-04-01T00:00:00Z'::timestamptz ELSE '2017-05-01T00:00:00Z'::timestamptz END
    WHERE "milestoneId" IN (${month.released}, ${month.split})`);
}, 120_000);
afterAll(async () => {
  // The bulk rows are balanced but fund nothing: gone, so that whole-ledger checks elsewhere stay clean.
  await db.$executeRaw(Prisma.sql`DELETE FROM ledger_transactions WHERE id LIKE ${`bulk-${month.contractId}-%`}`);
  await harness.stop();
});

async function collect(chunks: AsyncGenerator<string>) {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts;
}

describe("admin CSV exports", () => {
  it("ledger entries: exactly the ledger's rows booked in the days given, both days included, balanced", async () => {
    const range = exportBounds("2017-04-01", "2017-04-30");
    const [header, ...records] = parseCsv((await collect(exportCsvChunks("LEDGER_ENTRIES", range))).join(""));
    expect(header.slice(0, 3)).toEqual(["Booked at (UTC)", "Transaction id", "Transaction kind"]);
    const expected = await db.ledgerEntry.findMany({
      where: { transaction: { createdAt: { gte: new Date("2017-04-01T00:00:00Z"), lt: new Date("2017-05-01T00:00:00Z") } } },
      select: { id: true, amountCents: true, currency: true, account: { select: { code: true } } },
    });
    const byId = new Map(expected.map((entry) => [entry.id, entry]));
    expect(records).toHaveLength(expected.length);
    for (const record of records) {
      const entry = byId.get(record[5])!;
      expect(entry).toBeDefined();
      expect([record[6], record[10], Number(record[11])]).toEqual([entry.account.code, entry.currency, entry.amountCents]);
      expect(record[12]).toBe((entry.amountCents / 100).toFixed(2));
    }
    // The released milestone's release (first instant) and the split's funding, release and refund (last instant).
    expect(new Set(records.map((record) => record[2]))).toEqual(new Set(["release", "funding", "refund"]));
    expect(records.every((record) => record[8] === month.contractId)).toBe(true);
    expect(records.reduce((sum, record) => sum + Number(record[11]), 0)).toBe(0);
    expect(records.map((record) => record[0])).toContain("2017-04-01T00:00:00.000Z");
    expect(records.map((record) => record[0])).toContain("2017-04-30T23:59:59.999Z");
    expect(records.map((record) => record[0])).not.toContain("2017-05-01T00:00:00.000Z");
  });

  it("payouts: the transfers created in the days given, with their fee, status and Stripe id", async () => {
    const [, ...records] = parseCsv((await collect(exportCsvChunks("PAYOUTS", exportBounds("2017-04-01", "2017-04-30")))).join(""));
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record[0]).toBe("2017-04-01T00:00:00.000Z");
    expect(record[3]).toBe("PAID");
    expect(record[4]).toMatch(/^tr_/);
    expect(record.slice(11)).toEqual(["USD", "150000", "15000", "135000", "1350.00"]);
  });

  it("streams: reads page by page with a keyset cursor, every row once, never more than a page at a time", async () => {
    // 2,500 balanced transactions (5,000 entries) in June 2017, written by the database itself.
    const contractId = month.contractId;
    await db.$executeRaw(Prisma.sql`
      INSERT INTO ledger_transactions (id, kind, description, "idempotencyKey", "contractId", "createdAt")
      SELECT 'bulk-' || ${contractId} || '-' || n, 'funding', 'bulk', 'bulk:' || ${contractId} || ':' || n, ${contractId},
        '2017-06-01T00:00:00Z'::timestamptz + (n % 97) * interval '1 hour'
      FROM generate_series(1, 2500) AS n`);
    const accounts = await db.ledgerAccount.findMany({ where: { contractId, type: { in: ["ESCROW", "CLIENT_FUNDING"] } }, select: { id: true, type: true } });
    const escrow = accounts.find((account) => account.type === "ESCROW")!.id;
    const funding = accounts.find((account) => account.type === "CLIENT_FUNDING")!.id;
    await db.$executeRaw(Prisma.sql`
      INSERT INTO ledger_entries (id, "transactionId", "accountId", "amountCents", currency)
      SELECT 'bulk-e-' || side || '-' || t.id, t.id, CASE WHEN side = 1 THEN ${escrow} ELSE ${funding} END, CASE WHEN side = 1 THEN 100 ELSE -100 END, 'USD'
      FROM ledger_transactions t CROSS JOIN generate_series(1, 2) AS side
      WHERE t.id LIKE ${`bulk-${contractId}-%`}`);

    const pagesDone: number[] = [];
    const chunks = await collect(
      exportCsvChunks("LEDGER_ENTRIES", exportBounds("2017-06-01", "2017-06-30"), { pageSize: 700, onPage: async (rows) => void pagesDone.push(rows) }),
    );
    expect(chunks).toHaveLength(1 + Math.ceil(5_000 / 700));
    expect(chunks.slice(1).every((chunk) => parseCsv(chunk).length <= 700)).toBe(true);
    expect(pagesDone.at(-1)).toBe(5_000);
    const records = parseCsv(chunks.join("")).slice(1);
    expect(new Set(records.map((record) => record[5])).size).toBe(5_000);
    const order = records.map((record) => `${record[0]} ${record[1]} ${record[5]}`);
    expect(order).toEqual([...order].sort());
  });
});
