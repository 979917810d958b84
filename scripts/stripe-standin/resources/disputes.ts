import { z } from "zod";
import { createId, nowSeconds } from "../ids";
import type { Dispute } from "../objects";
import { integerParam, parseParams } from "../params";
import type { Standin } from "../standin";
import { invalidRequest } from "../stripe-error";
import { findCharge } from "./charges";

const DISPUTE_REASONS = [
  "credit_not_processed",
  "duplicate",
  "fraudulent",
  "general",
  "product_not_received",
  "product_unacceptable",
  "subscription_canceled",
  "unrecognized",
] as const;

const createDisputeSchema = z.strictObject({
  amount: integerParam({ min: 1 }).optional(),
  reason: z.enum(DISPUTE_REASONS).default("fraudulent"),
});

// Only the stand-in can do this: in Stripe a dispute comes from the cardholder's bank.
export function createDispute(standin: Standin, chargeId: string, body: unknown): Dispute {
  const input = parseParams(createDisputeSchema, body);
  const charge = findCharge(standin.state, chargeId);
  if (charge.disputed) throw invalidRequest(`Charge ${charge.id} is already disputed.`, { param: "charge" });
  const amount = input.amount ?? charge.amount;
  if (amount > charge.amount) {
    throw invalidRequest(`Dispute amount (${amount}) is greater than the charge amount (${charge.amount}).`, { param: "amount" });
  }
  const dispute: Dispute = {
    id: createId("dp"),
    object: "dispute",
    amount,
    charge: charge.id,
    payment_intent: charge.payment_intent,
    currency: charge.currency,
    reason: input.reason,
    status: "needs_response",
    is_charge_refundable: false,
    metadata: {},
    created: nowSeconds(),
    livemode: false,
  };
  standin.state.disputes[dispute.id] = dispute;
  charge.disputed = true;
  standin.emitEvent("charge.dispute.created", dispute);
  return dispute;
}
