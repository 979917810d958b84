import type { LedgerReport } from "./ledger-check";

const money = (cents: number) => (cents / 100).toFixed(2);

/** The ledger check as `npm run ledger:check` and `npm run chaos:payments` print it: totals, money held for review, both sides, every difference. */
export function ledgerReportLines(report: LedgerReport): string[] {
  const { stripe: side } = report;
  return [
    ...report.totals.map(
      (total) =>
        `${total.currency}: funded ${money(total.fundedCents)}, held ${money(total.heldCents)}, released ${money(total.releasedCents)} (fees ${money(total.feesCents)}), refunded ${money(total.refundedCents)}, trial payouts at platform cost ${money(total.trialPayoutsCents)}`,
    ),
    ...report.heldForReview.map(
      (total) =>
        `${total.currency} held for review (not booked): received ${money(total.receivedCents)}, refunded ${money(total.refundedCents)}, still held ${money(total.heldCents)} in ${total.payments} payment${total.payments === 1 ? "" : "s"}`,
    ),
    `Stripe: charges ${money(side.chargesCents)}, transfers ${money(side.transfersCents)}, refunds ${money(side.refundsCents)}`,
    `Ours:   payments ${money(side.ours.paymentsCents)} + under review ${money(side.ours.underReviewCents)}, transfers ${money(side.ours.transfersCents)}, refunds ${money(side.ours.refundsCents)}`,
    ...report.inFlight.map((movement) => `IN FLIGHT: ${movement}`),
    ...report.problems.map((problem) => `DIFFERENCE: ${problem}`),
  ];
}
