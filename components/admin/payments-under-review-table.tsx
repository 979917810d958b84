import Link from "next/link";
import { DateTime } from "@/components/dashboards/date-time";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { PaymentUnderReview, ReviewState } from "@/lib/admin/list-payments-under-review";
import { formatMoney } from "@/lib/format";
import { RefundReviewPaymentButton } from "./refund-review-payment-button";

const STATE: Record<Exclude<ReviewState, "AWAITING_DECISION">, { label: string; tone: BadgeTone }> = {
  REFUND_PENDING: { label: "Refund on its way", tone: "info" },
  REFUNDED: { label: "Refunded", tone: "success" },
  REFUND_FAILED: { label: "Refund failed", tone: "danger" },
};

/** Payments Stripe completed that did not match what we asked for: expected against received, why, and the way out. */
export function PaymentsUnderReviewTable({ payments }: { payments: PaymentUnderReview[] }) {
  return (
    <Table caption="Payments held for review, those waiting for a decision first" isCaptionHidden>
      <THead>
        <Tr>
          <Th>Held</Th>
          <Th>Milestone</Th>
          <Th className="text-right">Expected</Th>
          <Th className="text-right">Received</Th>
          <Th>Why</Th>
          <Th>Decision</Th>
        </Tr>
      </THead>
      <TBody>
        {payments.map((payment) => {
          const received = formatMoney(payment.receivedCents, payment.receivedCurrency);
          return (
            <Tr key={payment.id} id={`payment-${payment.id}`}>
              <Td className="whitespace-nowrap">{payment.heldAt ? <DateTime value={payment.heldAt} /> : "—"}</Td>
              <Td className="max-w-xs">
                <span className="block font-medium text-slate-900">{payment.milestoneTitle}</span>
                <Link href={`/contracts/${payment.contractId}`} className="block text-indigo-700 underline">
                  {payment.contractTitle}
                </Link>
                <code className="block text-xs break-all text-slate-600">{payment.stripeChargeId ?? payment.id}</code>
              </Td>
              <Td className="text-right whitespace-nowrap tabular-nums">{formatMoney(payment.expectedCents, payment.expectedCurrency)}</Td>
              <Td className="text-right whitespace-nowrap tabular-nums">{received}</Td>
              <Td className="max-w-sm break-words">{payment.reason}</Td>
              <Td>
                {payment.state === "AWAITING_DECISION" ? (
                  <RefundReviewPaymentButton paymentId={payment.id} amount={received} milestoneTitle={payment.milestoneTitle} />
                ) : (
                  <>
                    <Badge tone={STATE[payment.state].tone}>{STATE[payment.state].label}</Badge>
                    {payment.refundedAt && (
                      <span className="mt-1 block text-xs text-slate-600">
                        <DateTime value={payment.refundedAt} />
                      </span>
                    )}
                  </>
                )}
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
