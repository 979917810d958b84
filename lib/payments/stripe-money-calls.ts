import { stripe } from "@/lib/stripe";
import { callStripe } from "./stripe-call";

// The two Stripe calls that move held money out, each with the idempotency key of the row that
// decided it. Calling one again with the same row returns the same Stripe object.

export type PendingTransfer = { id: string; amountCents: number; currency: string; idempotencyKey: string };
export type PendingRefund = { id: string; amountCents: number; idempotencyKey: string; chargeId: string };
type Context = { milestoneId: string; milestoneTitle: string; contractId: string };

export function sendTransfer(transfer: PendingTransfer, context: Context & { chargeId: string; destination: string }) {
  return callStripe("send the payout", () =>
    stripe().transfers.create(
      {
        amount: transfer.amountCents,
        currency: transfer.currency.toLowerCase(),
        destination: context.destination,
        transfer_group: context.contractId,
        source_transaction: context.chargeId,
        description: `Vetted: ${context.milestoneTitle}`,
        metadata: { transferId: transfer.id, milestoneId: context.milestoneId, contractId: context.contractId },
      },
      { idempotencyKey: transfer.idempotencyKey },
    ),
  );
}

export function sendRefund(refund: PendingRefund, context: Context) {
  return callStripe("send the refund", () =>
    stripe().refunds.create(
      {
        charge: refund.chargeId,
        amount: refund.amountCents,
        metadata: { refundId: refund.id, milestoneId: context.milestoneId, contractId: context.contractId },
      },
      { idempotencyKey: refund.idempotencyKey },
    ),
  );
}

/**
 * A trial payout comes from the platform's own balance: no source charge (the client's money went back),
 * the contract as transfer group, and the TrialPayout row's id in the metadata like every transfer.
 */
export function sendTrialPayout(payout: PendingTransfer, context: { contractId: string; contractTitle: string; destination: string }) {
  return callStripe("send the trial payout", () =>
    stripe().transfers.create(
      {
        amount: payout.amountCents,
        currency: payout.currency.toLowerCase(),
        destination: context.destination,
        transfer_group: context.contractId,
        description: `Vetted trial payout: ${context.contractTitle}`,
        metadata: { transferId: payout.id, trialPayoutId: payout.id, contractId: context.contractId },
      },
      { idempotencyKey: payout.idempotencyKey },
    ),
  );
}
