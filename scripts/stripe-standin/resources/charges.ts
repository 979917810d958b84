import { z } from "zod";
import type { ApiCall, ApiRoute } from "../api-call";
import { paginate } from "../list";
import type { Charge, PaymentIntent } from "../objects";
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
  { method: "GET", path: "/v1/payment_intents/:id", handle: ({ standin, pathParams }) => findPaymentIntent(standin.state, pathParams.id) },
];
