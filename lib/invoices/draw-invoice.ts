import { createPdfDocument } from "@/lib/documents/pdf/document";
import { formatDate, formatMoney } from "@/lib/format";
import { partySnapshotSchema } from "./billed-to";
import { CHARGE_KIND_LABEL, type ChargeKind, invoiceLinesSchema } from "./line-items";
import { invoiceTitle } from "./names";

// A receipt or credit note as a PDF, drawn only from what the document row holds (its copies of the
// billing details and lines), so drawing it again later gives the same document.

export type DrawableInvoice = {
  kind: "RECEIPT" | "CREDIT_NOTE";
  number: string;
  chargeKind: string;
  currency: string;
  lines: unknown;
  subtotalCents: number;
  feeCents: number;
  totalCents: number;
  billedTo: unknown;
  issuer: unknown;
  paidAt: Date;
  issuedAt: Date;
  stripePaymentIntentId: string | null;
  stripeChargeId: string | null;
  stripeRefundId: string | null;
  contractTitle: string;
  creditsNumber: string | null;
};

export async function drawInvoicePdf(invoice: DrawableInvoice): Promise<Uint8Array> {
  const lines = invoiceLinesSchema.parse(invoice.lines);
  const billedTo = partySnapshotSchema.parse(invoice.billedTo);
  const issuer = partySnapshotSchema.parse(invoice.issuer);
  const money = (cents: number) => formatMoney(cents, invoice.currency);
  const isReceipt = invoice.kind === "RECEIPT";
  const title = invoiceTitle(invoice.kind);
  const writer = await createPdfDocument({
    header: {
      title,
      number: invoice.number,
      facts: [
        { label: "Issued", value: formatDate(invoice.issuedAt) },
        { label: isReceipt ? "Paid" : "Refunded", value: formatDate(invoice.paidAt) },
        ...(invoice.creditsNumber ? [{ label: "Credits receipt", value: invoice.creditsNumber }] : []),
      ],
    },
    issuer,
    footer: `${title} ${invoice.number} · ${issuer.name}`,
    createdAt: invoice.issuedAt,
  });
  writer.parties({ label: "From", lines: [issuer.name, ...issuer.lines] }, { label: "Billed to", lines: [billedTo.name, ...billedTo.lines] });
  writer.facts([
    { label: "Contract", value: invoice.contractTitle },
    { label: "Charge", value: CHARGE_KIND_LABEL[invoice.chargeKind as ChargeKind] ?? invoice.chargeKind },
    { label: "Currency", value: invoice.currency },
    ...(invoice.stripePaymentIntentId ? [{ label: "Payment reference", value: invoice.stripePaymentIntentId }] : []),
    ...(invoice.stripeChargeId ? [{ label: "Charge reference", value: invoice.stripeChargeId }] : []),
    ...(invoice.stripeRefundId ? [{ label: "Refund reference", value: invoice.stripeRefundId }] : []),
  ]);
  writer.table({
    columns: [
      { header: "Description", width: 6 },
      { header: "Qty", width: 0.8, align: "right" },
      { header: "Unit price", width: 1.8, align: "right" },
      { header: "Amount", width: 1.8, align: "right" },
    ],
    rows: lines.map((line) => [line.description, String(line.quantity), money(line.unitCents), line.note ?? money(line.amountCents)]),
    totals: [
      { label: "Subtotal", value: money(invoice.subtotalCents) },
      { label: "Platform fee charged", value: money(invoice.feeCents) },
      { label: isReceipt ? "Total paid" : "Total credited", value: money(invoice.totalCents), emphasis: true },
    ],
  });
  writer.paragraph(
    isReceipt
      ? `Paid in full by card through Stripe on ${formatDate(invoice.paidAt)}. The amount is held by Vetted until you approve the work, then released to the expert; Vetted's fee is kept from the expert's side and is not charged to you.`
      : `This credit note records money returned to the card the payment was made with${invoice.creditsNumber ? `, against receipt ${invoice.creditsNumber}` : ""}. Card refunds usually reach the statement within 5–10 business days.`,
    { size: 8.5 },
  );
  return writer.toBytes();
}
