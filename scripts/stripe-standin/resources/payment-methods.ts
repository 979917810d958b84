import { z } from "zod";
import type { ApiCall, ApiRoute } from "../api-call";
import { createId, nowSeconds } from "../ids";
import { paginate } from "../list";
import type { CardDetails, EventRequest, PaymentMethod } from "../objects";
import { listParamShape, metadataParam, parseParams, stringParam } from "../params";
import { NO_REQUEST, type Standin } from "../standin";
import { findOrThrow, newestFirst, type State, type StoredPaymentMethod } from "../state";
import { invalidRequest } from "../stripe-error";
import { findCustomer } from "./customers";

const attachSchema = z.strictObject({ customer: stringParam });
const listSchema = z.strictObject({ ...listParamShape, customer: stringParam.optional(), type: z.enum(["card"]).optional() });
const updateSchema = z.strictObject({ metadata: metadataParam.optional() });

export function findStoredPaymentMethod(state: State, id: string, options?: { param?: string; status?: number }): StoredPaymentMethod {
  return findOrThrow(state.paymentMethods, id, "PaymentMethod", options);
}

/** A card entered on the card page: a PaymentMethod that remembers its test number. */
export function createCardPaymentMethod(standin: Standin, cardNumber: string, expiry: Pick<CardDetails, "exp_month" | "exp_year">): PaymentMethod {
  const paymentMethod: PaymentMethod = {
    id: createId("pm"),
    object: "payment_method",
    type: "card",
    card: { brand: "visa", last4: cardNumber.slice(-4), ...expiry, funding: "credit", country: "US" },
    customer: null,
    billing_details: { address: null, email: null, name: null, phone: null },
    metadata: {},
    created: nowSeconds(),
    livemode: false,
  };
  standin.state.paymentMethods[paymentMethod.id] = { payment_method: paymentMethod, card_number: cardNumber };
  return paymentMethod;
}

export function attachPaymentMethod(standin: Standin, paymentMethod: PaymentMethod, customerId: string, request: EventRequest = NO_REQUEST): PaymentMethod {
  findCustomer(standin.state, customerId, { param: "customer", status: 400 });
  if (paymentMethod.customer === customerId) return paymentMethod;
  if (paymentMethod.customer !== null) {
    throw invalidRequest(`The payment method you provided has already been attached to a customer. To reuse it, detach it first.`, {
      param: "payment_method",
      code: "payment_method_already_attached",
    });
  }
  paymentMethod.customer = customerId;
  standin.emitEvent("payment_method.attached", paymentMethod, { request });
  return paymentMethod;
}

function detach({ standin, pathParams, request }: ApiCall): PaymentMethod {
  const { payment_method: paymentMethod } = findStoredPaymentMethod(standin.state, pathParams.id);
  if (paymentMethod.customer === null) {
    throw invalidRequest("The payment method you provided is not attached to a customer so detachment is impossible.", {
      param: "payment_method",
      code: "payment_method_unexpected_state",
    });
  }
  const customer = standin.state.customers[paymentMethod.customer];
  if (customer?.invoice_settings.default_payment_method === paymentMethod.id) customer.invoice_settings.default_payment_method = null;
  const previousAttributes = { customer: paymentMethod.customer };
  paymentMethod.customer = null;
  standin.emitEvent("payment_method.detached", paymentMethod, { request, previousAttributes });
  return paymentMethod;
}

function list({ standin, params }: ApiCall) {
  const input = parseParams(listSchema, params);
  if (input.customer !== undefined) findCustomer(standin.state, input.customer, { param: "customer", status: 400 });
  const methods = newestFirst(standin.state.paymentMethods)
    .map((stored) => stored.payment_method)
    .filter((method) => input.customer === undefined || method.customer === input.customer);
  return paginate(methods, input, { url: "/v1/payment_methods", kind: "PaymentMethod" });
}

function listForCustomer(call: ApiCall) {
  return list({ ...call, params: { ...call.params, customer: call.pathParams.id } });
}

function update({ standin, pathParams, params }: ApiCall): PaymentMethod {
  const { payment_method: paymentMethod } = findStoredPaymentMethod(standin.state, pathParams.id);
  const input = parseParams(updateSchema, params);
  if (input.metadata) paymentMethod.metadata = { ...paymentMethod.metadata, ...input.metadata };
  return paymentMethod;
}

export const paymentMethodRoutes: ApiRoute[] = [
  { method: "GET", path: "/v1/payment_methods", handle: list },
  { method: "GET", path: "/v1/customers/:id/payment_methods", handle: listForCustomer },
  { method: "GET", path: "/v1/payment_methods/:id", handle: ({ standin, pathParams }) => findStoredPaymentMethod(standin.state, pathParams.id).payment_method },
  { method: "POST", path: "/v1/payment_methods/:id", handle: update },
  {
    method: "POST",
    path: "/v1/payment_methods/:id/attach",
    handle: ({ standin, pathParams, params, request }) =>
      attachPaymentMethod(standin, findStoredPaymentMethod(standin.state, pathParams.id).payment_method, parseParams(attachSchema, params).customer, request),
  },
  { method: "POST", path: "/v1/payment_methods/:id/detach", handle: detach },
];
