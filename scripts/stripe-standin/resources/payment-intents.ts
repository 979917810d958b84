import { z } from "zod";
import type { ApiCall, ApiRoute } from "../api-call";
import { createId, nowSeconds } from "../ids";
import type { PaymentIntent } from "../objects";
import { booleanParam, currencyParam, emailParam, integerParam, metadataParam, parseParams, stringParam } from "../params";
import { invalidRequest, StandinError } from "../stripe-error";
import { createCharge, findPaymentIntent } from "./charges";
import { findCustomer } from "./customers";
import { findStoredPaymentMethod } from "./payment-methods";
import { chargeErrorOf } from "./test-cards";

// PaymentIntents created by the API: the platform charges a saved card while the customer is away
// (`off_session` + `confirm`). Checkout's own PaymentIntents come from pay-checkout-session.ts.

const createPaymentIntentSchema = z.strictObject({
  amount: integerParam({ min: 1 }),
  currency: currencyParam,
  customer: stringParam.optional(),
  payment_method: stringParam.optional(),
  payment_method_types: z.array(z.enum(["card"])).optional(),
  confirm: booleanParam.optional(),
  off_session: booleanParam.optional(),
  error_on_requires_action: booleanParam.optional(),
  transfer_group: stringParam.optional(),
  description: z.string().optional(),
  receipt_email: emailParam.optional(),
  metadata: metadataParam.optional(),
});

function create({ standin, params, request }: ApiCall): PaymentIntent {
  const input = parseParams(createPaymentIntentSchema, params);
  if (input.off_session && !input.confirm) {
    throw invalidRequest("`off_session` can only be used when `confirm=true`.", { param: "off_session", isValidation: true });
  }
  if (input.confirm && !input.payment_method) {
    throw invalidRequest("You cannot confirm this PaymentIntent because it's missing a payment method.", { param: "payment_method" });
  }
  if (input.customer !== undefined) findCustomer(standin.state, input.customer, { param: "customer", status: 400 });
  const stored = input.payment_method ? findStoredPaymentMethod(standin.state, input.payment_method, { param: "payment_method", status: 400 }) : null;
  if (stored && stored.payment_method.customer !== (input.customer ?? null)) {
    const message = input.customer
      ? `The provided PaymentMethod ${stored.payment_method.id} does not belong to the Customer ${input.customer}.`
      : `The provided PaymentMethod ${stored.payment_method.id} is attached to a Customer; pass that customer to use it.`;
    throw invalidRequest(message, { param: "payment_method" });
  }
  const paymentIntent: PaymentIntent = {
    id: createId("pi"),
    object: "payment_intent",
    amount: input.amount,
    amount_received: 0,
    currency: input.currency,
    status: "requires_payment_method",
    description: input.description ?? null,
    transfer_group: input.transfer_group ?? null,
    customer: input.customer ?? null,
    payment_method: stored?.payment_method.id ?? null,
    latest_charge: null,
    last_payment_error: null,
    payment_method_types: ["card"],
    receipt_email: input.receipt_email ?? null,
    metadata: input.metadata ?? {},
    created: nowSeconds(),
    livemode: false,
  };
  standin.state.paymentIntents[paymentIntent.id] = paymentIntent;
  if (!input.confirm || !stored) return paymentIntent;

  const decline = chargeErrorOf(stored.card_number);
  if (decline) {
    paymentIntent.last_payment_error = { ...decline, payment_method: structuredClone(stored.payment_method) };
    standin.emitEvent("payment_intent.payment_failed", paymentIntent, { request });
    // Stripe answers a declined confirmation with a 402 that carries the PaymentIntent.
    throw new StandinError(402, {
      type: "card_error",
      code: decline.code,
      decline_code: decline.decline_code,
      message: decline.message,
      payment_intent: structuredClone(paymentIntent),
      payment_method: structuredClone(stored.payment_method),
    });
  }
  const { card } = stored.payment_method;
  const charge = createCharge(paymentIntent, { last4: card.last4, exp_month: card.exp_month, exp_year: card.exp_year }, stored.payment_method.id);
  standin.state.charges[charge.id] = charge;
  paymentIntent.status = "succeeded";
  paymentIntent.amount_received = paymentIntent.amount;
  paymentIntent.latest_charge = charge.id;
  standin.emitEvent("payment_intent.succeeded", paymentIntent, { request });
  standin.emitEvent("charge.succeeded", charge, { request });
  return paymentIntent;
}

export const paymentIntentRoutes: ApiRoute[] = [
  { method: "POST", path: "/v1/payment_intents", handle: create },
  { method: "GET", path: "/v1/payment_intents/:id", handle: ({ standin, pathParams }) => findPaymentIntent(standin.state, pathParams.id) },
];
