import { z } from "zod";
import type { ApiCall, ApiRoute } from "../api-call";
import { createId, nowSeconds } from "../ids";
import { paginate } from "../list";
import type { CardDetails, Charge, PaymentIntent } from "../objects";
import { listParamShape, parseParams, stringParam } from "../params";
import { findOrThrow, newestFirst, type State } from "../state";

type LookupOptions = { param?: string; status?: number };

const listChargesSchema = z.strictObject({
  ...listParamShape,
  transfer_group: stringParam.optional(),
  payment_intent: stringParam.optional(),
});

export function findCharge(state: State, id: string, options?: LookupOptions): Charge {
  return findOrThrow(state.charges, id, "charge", options);
}

export function findPaymentIntent(state: State, id: string, options?: LookupOptions): PaymentIntent {
  return findOrThrow(state.paymentIntents, id, "payment_intent", options);
}

function listCharges({ standin, params }: ApiCall) {
  const input = parseParams(listChargesSchema, params);
  const charges = newestFirst(standin.state.charges).filter(
    (charge) =>
      (input.transfer_group === undefined || charge.transfer_group === input.transfer_group) &&
      (input.payment_intent === undefined || charge.payment_intent === input.payment_intent),
  );
  return paginate(charges, input, { url: "/v1/charges", kind: "charge" });
}

export const chargeRoutes: ApiRoute[] = [
  { method: "GET", path: "/v1/charges", handle: listCharges },
  { method: "GET", path: "/v1/charges/:id", handle: ({ standin, pathParams }) => findCharge(standin.state, pathParams.id) },
];

/** The succeeded charge of a PaymentIntent: it copies the intent's metadata and transfer_group, as Stripe's does. */
export function createCharge(paymentIntent: PaymentIntent, card: Pick<CardDetails, "last4" | "exp_month" | "exp_year">, paymentMethod: string | null): Charge {
  return {
    id: createId("ch"),
    object: "charge",
    amount: paymentIntent.amount,
    amount_captured: paymentIntent.amount,
    amount_refunded: 0,
    balance_transaction: createId("txn"),
    captured: true,
    paid: true,
    status: "succeeded",
    refunded: false,
    disputed: false,
    currency: paymentIntent.currency,
    description: paymentIntent.description,
    failure_code: null,
    failure_message: null,
    payment_intent: paymentIntent.id,
    customer: paymentIntent.customer,
    payment_method: paymentMethod,
    payment_method_details: { type: "card", card: { brand: "visa", ...card } },
    receipt_email: paymentIntent.receipt_email,
    transfer_group: paymentIntent.transfer_group,
    metadata: { ...paymentIntent.metadata },
    created: nowSeconds(),
    livemode: false,
  };
}
