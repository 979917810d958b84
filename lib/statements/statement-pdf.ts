import { createPdfDocument } from "@/lib/documents/pdf/document";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { monthName } from "./months";
import type { StatementData, StatementLine } from "./statement-data";

// The statement as a PDF, drawn with the money documents' primitives. Every amount is the ledger's,
// formatted; nothing is computed here but the layout.

const KIND_NAMES: Record<StatementLine["kind"], string> = { funding: "Funded", release: "Release", refund: "Refund to client" };

export async function statementPdf(data: StatementData, expert: { name: string; email: string }, generatedAt: Date): Promise<Uint8Array> {
  const period = `${formatDate(data.start)} – ${formatDate(new Date(data.end.getTime() - 1))} (UTC)`;
  const pdf = await createPdfDocument({
    header: {
      title: "Earnings statement",
      number: monthName(data.month),
      facts: [
        { label: "Period", value: period },
        { label: "Generated", value: formatDateTime(generatedAt) },
      ],
    },
    footer: `Earnings statement ${data.month} · ${expert.name} · Vetted`,
    createdAt: generatedAt,
    author: "Vetted",
  });
  pdf.parties({ label: "From", lines: ["Vetted"] }, { label: "Statement for", lines: [expert.name, expert.email] });
  pdf.paragraph(
    "Dates and the month's boundaries are in UTC. A release is the milestone amount the client approved; Vetted keeps its platform fee from it and transfers the rest (net) to your Stripe account at once: that transfer is the payout. “Held by Vetted” is money clients funded for your contracts that is not yet released or refunded.",
  );

  if (!data.totals.length) pdf.paragraph("Nothing moved on your contracts this month.", { bold: true });
  for (const total of data.totals) {
    const money = (cents: number) => formatMoney(cents, total.currency);
    pdf.heading(`Summary (${total.currency})`);
    pdf.table({
      columns: [
        { header: "", width: 3 },
        { header: total.currency, width: 1.4, align: "right" },
      ],
      rows: [
        ["Held by Vetted at the start of the month", money(total.openingHeldCents)],
        ["Funded by clients", money(total.fundedCents)],
        ["Released to you (gross)", money(total.releasedCents)],
        ["Platform fee", money(-total.feesCents)],
        ["Net earnings", money(total.netCents)],
        ["Refunded to clients", money(total.refundedCents)],
        ["Paid out to your Stripe account", money(total.paidOutCents)],
        ["Held by Vetted at the end of the month", money(total.closingHeldCents)],
      ],
    });
  }

  pdf.heading("Releases, fees and other movements");
  pdf.table({
    columns: [
      { header: "Date", width: 1.3 },
      { header: "Type", width: 1.1 },
      { header: "Contract · milestone", width: 3 },
      { header: "Gross", width: 1.3, align: "right" },
      { header: "Fee", width: 1.1, align: "right" },
      { header: "Net", width: 1.3, align: "right" },
    ],
    rows: data.lines.map((line) => [
      formatDate(line.date),
      KIND_NAMES[line.kind],
      `${line.contractTitle} · ${line.milestoneTitle}`,
      formatMoney(line.grossCents, line.currency),
      line.kind === "release" ? formatMoney(line.feeCents, line.currency) : "",
      line.kind === "release" ? formatMoney(line.netCents, line.currency) : "",
    ]),
    emptyText: "No releases, funding or refunds this month.",
  });

  pdf.heading("Payouts");
  pdf.table({
    columns: [
      { header: "Date", width: 1.3 },
      { header: "Contract · milestone", width: 2.8 },
      { header: "Amount", width: 1.3, align: "right" },
      { header: "Status", width: 1 },
      { header: "Stripe reference", width: 2 },
    ],
    rows: data.payouts.map((payout) => [
      formatDate(payout.date),
      `${payout.contractTitle} · ${payout.milestoneTitle}`,
      formatMoney(payout.amountCents, payout.currency),
      payout.status.toLowerCase(),
      payout.stripeTransferId ?? "—",
    ]),
    emptyText: "No payouts this month.",
  });
  return pdf.toBytes();
}
