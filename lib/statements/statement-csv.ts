import { CSV_BOM, centsToDecimal, csvRow } from "@/lib/documents/csv";
import type { StatementData } from "./statement-data";

// The statement as one CSV table: a row per ledger movement and per payout, then per currency the
// opening balance, the month's totals and the closing balance. Amounts are decimal (two places) in
// the row's currency; dates are ISO 8601 in UTC.

const HEADER = [
  "Date (UTC)",
  "Type",
  "Contract",
  "Milestone",
  "Currency",
  "Gross",
  "Platform fee",
  "Net to you",
  "Held by Vetted (change)",
  "Payout status",
  "Stripe reference",
] as const;

const TYPE_NAMES = { funding: "Funded (held by Vetted)", release: "Release", refund: "Refund to client" } as const;

export function statementCsv(data: StatementData): string {
  // Every record has the header's 11 fields (RFC 4180): who and which month are in the file's name and the PDF.
  const rows: string[] = [CSV_BOM, csvRow(HEADER)];
  for (const line of data.lines) {
    rows.push(
      csvRow([
        line.date.toISOString(),
        TYPE_NAMES[line.kind],
        line.contractTitle,
        line.milestoneTitle,
        line.currency,
        centsToDecimal(line.grossCents),
        centsToDecimal(line.feeCents),
        centsToDecimal(line.netCents),
        centsToDecimal(line.heldChangeCents),
        "",
        "",
      ]),
    );
  }
  for (const payout of data.payouts) {
    rows.push(
      csvRow([
        payout.date.toISOString(),
        "Payout",
        payout.contractTitle,
        payout.milestoneTitle,
        payout.currency,
        "",
        "",
        centsToDecimal(payout.amountCents),
        "",
        payout.status,
        payout.stripeTransferId ?? "",
      ]),
    );
  }
  for (const total of data.totals) {
    const summary = (type: string, values: { gross?: number; fee?: number; net?: number; held?: number }) =>
      csvRow([
        "",
        type,
        "",
        "",
        total.currency,
        values.gross === undefined ? "" : centsToDecimal(values.gross),
        values.fee === undefined ? "" : centsToDecimal(values.fee),
        values.net === undefined ? "" : centsToDecimal(values.net),
        values.held === undefined ? "" : centsToDecimal(values.held),
        "",
        "",
      ]);
    rows.push(
      summary("Opening balance held by Vetted", { held: total.openingHeldCents }),
      summary("Total funded", { gross: total.fundedCents, held: total.fundedCents }),
      summary("Total released", { gross: total.releasedCents, fee: total.feesCents, net: total.netCents, held: -total.releasedCents }),
      summary("Total refunded to clients", { gross: total.refundedCents, held: -total.refundedCents }),
      summary("Total paid out", { net: total.paidOutCents }),
      summary("Closing balance held by Vetted", { held: total.closingHeldCents }),
    );
  }
  return rows.join("");
}
