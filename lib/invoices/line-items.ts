import { z } from "zod";
import { formatMoney } from "@/lib/format";

// What a receipt lists for each kind of client charge. A new kind of charge (an hourly week, a bonus)
// is one more builder here; issuing, numbering, rendering and mailing stay the same.
//
// The fee rule (PRODUCT.md's money rules; README, "Receipts, credit notes and billing details"): the
// client pays the work amount and nothing more; Vetted's fee is kept from the expert's side at
// release. So the receipt's total is exactly what the client was charged (the ledger's funding
// entry), and the fee appears as its own line marked "not charged to you", with the amount the
// expert's side will carry, for the client's information.

export const invoiceLineSchema = z.object({
  kind: z.enum(["WORK", "PLATFORM_FEE", "REFUND"]),
  description: z.string(),
  quantity: z.number().int().positive(),
  unitCents: z.number().int(),
  /** What this line adds to the document's total; 0 for a line shown for information. */
  amountCents: z.number().int(),
  /** Shown in the amount column instead of the amount, e.g. "Not charged". */
  note: z.string().optional(),
});
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;
export const invoiceLinesSchema = z.array(invoiceLineSchema);

export type ChargeKind = "MILESTONE_FUNDING" | "BONUS";

export const CHARGE_KIND_LABEL: Record<ChargeKind, string> = { MILESTONE_FUNDING: "Milestone funding", BONUS: "Bonus" };

export type InvoiceAmounts = { lines: InvoiceLine[]; subtotalCents: number; feeCents: number; totalCents: number };

export type MilestoneFundingCharge = {
  kind: "MILESTONE_FUNDING";
  milestonePosition: number;
  milestoneTitle: string;
  contractTitle: string;
  expertName: string;
  amountCents: number;
  currency: string;
  platformFeeBps: number;
  /** The fee the expert's side carries at release (lib/payments/fees.ts), computed by the caller. */
  expertSideFeeCents: number;
};

/** A bonus: paid and released to the expert at once; `note` is what the client wrote with it. */
export type BonusCharge = Omit<MilestoneFundingCharge, "kind" | "milestonePosition" | "milestoneTitle"> & { kind: "BONUS"; note: string };

export type Charge = MilestoneFundingCharge | BonusCharge;

/** 1000 basis points → "10%". */
const percent = (bps: number) => `${(bps / 100).toLocaleString("en-US", { maximumFractionDigits: 2 })}%`;

function milestoneFundingLines(charge: MilestoneFundingCharge): InvoiceLine[] {
  const expertSideFee = charge.expertSideFeeCents;
  return [
    {
      kind: "WORK",
      description: `Milestone ${charge.milestonePosition}: ${charge.milestoneTitle} — contract "${charge.contractTitle}" with ${charge.expertName}, held by Vetted until you approve the work`,
      quantity: 1,
      unitCents: charge.amountCents,
      amountCents: charge.amountCents,
    },
    {
      kind: "PLATFORM_FEE",
      description: `Vetted platform fee (${percent(charge.platformFeeBps)}, ${formatMoney(expertSideFee, charge.currency)}): kept from the expert's payout at release, not charged to you`,
      quantity: 1,
      unitCents: 0,
      amountCents: 0,
      note: "Not charged",
    },
  ];
}

function bonusLines(charge: BonusCharge): InvoiceLine[] {
  return [
    {
      kind: "WORK",
      description: `Bonus for ${charge.expertName} — contract "${charge.contractTitle}": ${charge.note}; paid to the expert at once`,
      quantity: 1,
      unitCents: charge.amountCents,
      amountCents: charge.amountCents,
    },
    {
      kind: "PLATFORM_FEE",
      description: `Vetted platform fee (${percent(charge.platformFeeBps)}, ${formatMoney(charge.expertSideFeeCents, charge.currency)}): kept from the expert's payout, not charged to you`,
      quantity: 1,
      unitCents: 0,
      amountCents: 0,
      note: "Not charged",
    },
  ];
}

const BUILDERS: { [Kind in ChargeKind]: (charge: Extract<Charge, { kind: Kind }>) => InvoiceLine[] } = {
  MILESTONE_FUNDING: milestoneFundingLines,
  BONUS: bonusLines,
};

export function totalsOf(lines: InvoiceLine[]): InvoiceAmounts {
  const feeCents = lines.filter((line) => line.kind === "PLATFORM_FEE").reduce((sum, line) => sum + line.amountCents, 0);
  const subtotalCents = lines.filter((line) => line.kind !== "PLATFORM_FEE").reduce((sum, line) => sum + line.amountCents, 0);
  return { lines, subtotalCents, feeCents, totalCents: subtotalCents + feeCents };
}

/** The lines and totals of the receipt for one charge; the total is what the client was charged. */
export function receiptAmounts(charge: Charge): InvoiceAmounts {
  return totalsOf(charge.kind === "BONUS" ? BUILDERS.BONUS(charge) : BUILDERS.MILESTONE_FUNDING(charge));
}

/** A credit note for a refund of a receipt: one line, the amount given back. */
export function creditNoteAmounts(refund: {
  receiptNumber: string | null;
  milestoneTitle: string;
  amountCents: number;
  reason: string | null;
}): InvoiceAmounts {
  const of = refund.receiptNumber ? ` of receipt ${refund.receiptNumber}` : "";
  const why = refund.reason ? ` (${refund.reason})` : "";
  return totalsOf([
    {
      kind: "REFUND",
      description: `Refund${of}: ${refund.milestoneTitle}${why}, returned to the card it was paid with`,
      quantity: 1,
      unitCents: refund.amountCents,
      amountCents: refund.amountCents,
    },
  ]);
}
