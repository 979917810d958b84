import { describe, expect, it } from "vitest";
import { statementCsv } from "@/lib/statements/statement-csv";
import type { StatementData } from "@/lib/statements/statement-data";
import { statementPdf } from "@/lib/statements/statement-pdf";
import { parseCsv } from "../support/parse-csv";
import { readPdfText } from "../support/pdf-text";

const data: StatementData = {
  month: "2026-11",
  start: new Date("2026-11-01T00:00:00.000Z"),
  end: new Date("2026-12-01T00:00:00.000Z"),
  lines: [
    {
      date: new Date("2026-11-03T10:00:00.000Z"),
      kind: "funding",
      transactionId: "t1",
      contractId: "c1",
      contractTitle: "=cmd|' /C calc'!A0",
      milestoneTitle: "Design, phase 1",
      currency: "USD",
      grossCents: 100_001,
      feeCents: 0,
      netCents: 0,
      heldChangeCents: 100_001,
    },
    {
      date: new Date("2026-11-20T10:00:00.000Z"),
      kind: "release",
      transactionId: "t2",
      contractId: "c1",
      contractTitle: "=cmd|' /C calc'!A0",
      milestoneTitle: "Design, phase 1",
      currency: "USD",
      grossCents: 60_005,
      feeCents: 6_001,
      netCents: 54_004,
      heldChangeCents: -60_005,
    },
  ],
  payouts: [
    {
      date: new Date("2026-11-20T10:00:00.000Z"),
      transferId: "tr1",
      contractTitle: "=cmd|' /C calc'!A0",
      milestoneTitle: "Design, phase 1",
      currency: "USD",
      amountCents: 54_004,
      status: "PAID",
      stripeTransferId: "tr_123",
    },
  ],
  totals: [
    {
      currency: "USD",
      openingHeldCents: 0,
      fundedCents: 100_001,
      releasedCents: 60_005,
      feesCents: 6_001,
      netCents: 54_004,
      refundedCents: 0,
      closingHeldCents: 39_996,
      paidOutCents: 54_004,
    },
  ],
};

describe("the earnings statement's documents", () => {
  it("CSV: byte order mark, header, a row per movement and payout, totals, and no live formula", () => {
    const csv = statementCsv(data);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("Date (UTC),Type,Contract,Milestone,Currency,Gross,Platform fee,Net to you,Held by Vetted (change),Payout status,Stripe reference");
    expect(lines[2]).toBe(`2026-11-20T10:00:00.000Z,Release,'=cmd|' /C calc'!A0,"Design, phase 1",USD,600.05,60.01,540.04,-600.05,,`);
    expect(lines[3]).toContain(",Payout,");
    expect(lines[3]).toContain(",540.04,,PAID,tr_123");
    expect(csv).toContain(",Total released,,,USD,600.05,60.01,540.04,-600.05,,\r\n");
    expect(csv).toContain(",Closing balance held by Vetted,,,USD,,,,399.96,,\r\n");
    expect(csv.split("\r\n").every((line) => !/(^|,)=/.test(line))).toBe(true);
    expect(parseCsv(csv).every((record) => record.length === 11)).toBe(true);
  });

  it("PDF: names the month in UTC and shows the net amount, the fee and the payout's reference", async () => {
    const { text } = await readPdfText(await statementPdf(data, { name: "Ada Lovelace", email: "ada@example.test" }, new Date("2026-12-01T08:00:00Z")));
    expect(text).toContain("Earnings statement");
    expect(text).toContain("November 2026");
    expect(text).toContain("(UTC)");
    expect(text).toContain("Ada Lovelace");
    expect(text).toContain("Net earnings");
    expect(text).toContain("$540.04");
    expect(text).toContain("$60.01");
    expect(text).toContain("tr_123");
  });
});
