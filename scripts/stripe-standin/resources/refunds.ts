import { z } from "zod";
import type { ApiCall, ApiRoute } from "../api-call";
import { createId, nowSeconds } from "../ids";
import { paginate } from "../list";
import { formatAmount } from "../money";
import type { Charge, Refund } from "../objects";
import { booleanParam, integerParam, listParamShape, metadataParam, parseParams, stringParam } from "../params";
import { findOrThrow, newestFirst, type State } from "../state";
import { invalidRequest } from "../stripe-error";
import { findCharge, findPaymentIntent } from "./charges";

const createRefundSchema = z.strictObject({
  charge: stringParam.optional(),
  payment_intent: stringParam.optional(),
  amount: integerParam({ min: 1 }).optional(),
  reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]).optional(),
  refund_application_fee: booleanParam.optional(),
  metadata: metadataParam.optional(),
});

const listRefundsSchema = z.strictObject({ ...listParamShape, charge: stringParam.optional(), payment_intent: stringParam.optional() });

function findRefundedCharge(state: State, input: { charge?: string; payment_intent?: string }): Charge {
  if (input.payment_intent === undefined) {
    if (input.charge === undefined) {
      throw invalidRequest("One of the following params should be provided for this request: payment_intent or charge.", { isValidation: true });
    }
    return findCharge(state, input.charge, { param: "charge", status: 400 });
  }
  const paymentIntent = findPaymentIntent(state, input.payment_intent, { param: "payment_intent", status: 400 });
  if (paymentIntent.status !== "succeeded" || paymentIntent.latest_charge === null) {
    throw invalidRequest(`PaymentIntent ${paymentIntent.id} does not have a successful charge to refund.`, { param: "payment_intent" });
  }
  if (input.charge !== undefined && input.charge !== paymentIntent.latest_charge) {
    throw invalidRequest(`Charge ${input.charge} does not belong to PaymentIntent ${paymentIntent.id}.`, { param: "charge" });
  }
  return findCharge(state, paymentIntent.latest_charge);
}

function createRefund({ standin, params, request }: ApiCall): Refund {
  const input = parseParams(createRefundSchema, params);
  const charge = findRefundedCharge(standin.state, input);
  if (charge.disputed) throw invalidRequest(`Charge ${charge.id} has been charged back; cannot issue a refund.`, { code: "charge_disputed" });
  const unrefunded = charge.amount - charge.amount_refunded;
  if (unrefunded === 0) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: "charge_already_refunded" });
  const amount = input.amount ?? unrefunded;
  if (amount > unrefunded) {
    throw invalidRequest(
      `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(unrefunded, charge.currency)})`,
      { param: "amount", code: "amount_too_large" },
    );
  }
  const refund: Refund = {
    id: createId("re"),
    object: "refund",
    amount,
    balance_transaction: createId("txn"),
    charge: charge.id,
    currency: charge.currency,
    payment_intent: charge.payment_intent,
    reason: input.reason ?? null,
    status: "succeeded",
    metadata: input.metadata ?? {},
    created: nowSeconds(),
    livemode: false,
  };
  standin.state.refunds[refund.id] = refund;
  const previousAttributes = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  standin.emitEvent("charge.refunded", charge, { request, previousAttributes });
  standin.emitEvent("refund.created", refund, { request });
  return refund;
}

function listRefunds({ standin, params }: ApiCall) {
  const input = parseParams(listRefundsSchema, params);
  const refunds = newestFirst(standin.state.refunds).filter(
    (refund) =>
      (input.charge === undefined || refund.charge === input.charge) && (input.payment_intent === undefined || refund.payment_intent === input.payment_intent),
  );
  return paginate(refunds, input, { url: "/v1/refunds", kind: "refund" });
}

export const refundRoutes: ApiRoute[] = [
  { method: "POST", path: "/v1/refunds", handle: createRefund },
  { method: "GET", path: "/v1/refunds", handle: listRefunds },
  { method: "GET", path: "/v1/refunds/:id", handle: ({ standin, pathParams }) => findOrThrow(standin.state.refunds, pathParams.id, "refund") },
];
