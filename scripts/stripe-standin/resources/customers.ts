import { z } from "zod";
import type { ApiCall, ApiRoute } from "../api-call";
import { createId, nowSeconds } from "../ids";
import type { Customer } from "../objects";
import { emailParam, metadataParam, parseParams } from "../params";
import { findOrThrow, type State } from "../state";
import { invalidRequest } from "../stripe-error";

const customerFields = {
  email: emailParam.optional(),
  name: z.string({ error: "must be a string" }).max(256, "must be at most 256 characters").optional(),
  description: z.string({ error: "must be a string" }).optional(),
  metadata: metadataParam.optional(),
};

const createCustomerSchema = z.strictObject(customerFields);

// An empty string unsets the default, as at Stripe.
const updateCustomerSchema = z.strictObject({
  ...customerFields,
  invoice_settings: z.strictObject({ default_payment_method: z.string({ error: "must be a string" }).optional() }).optional(),
});

export function findCustomer(state: State, id: string, options?: { param?: string; status?: number }): Customer {
  return findOrThrow(state.customers, id, "customer", options);
}

function createCustomer({ standin, params, request }: ApiCall): Customer {
  const input = parseParams(createCustomerSchema, params);
  const customer: Customer = {
    id: createId("cus", 14),
    object: "customer",
    email: input.email ?? null,
    name: input.name ?? null,
    description: input.description ?? null,
    invoice_settings: { default_payment_method: null, custom_fields: null, footer: null, rendering_options: null },
    metadata: input.metadata ?? {},
    created: nowSeconds(),
    livemode: false,
  };
  standin.state.customers[customer.id] = customer;
  standin.emitEvent("customer.created", customer, { request });
  return customer;
}

function updateCustomer({ standin, pathParams, params, request }: ApiCall): Customer {
  const customer = findCustomer(standin.state, pathParams.id);
  const input = parseParams(updateCustomerSchema, params);
  const previous: Record<string, unknown> = {};
  const defaultMethod = input.invoice_settings?.default_payment_method;
  if (defaultMethod !== undefined) {
    const method = defaultMethod === "" ? null : defaultMethod;
    if (method !== null) {
      const stored = standin.state.paymentMethods[method];
      if (!stored) throw invalidRequest(`No such PaymentMethod: '${method}'`, { param: "invoice_settings[default_payment_method]", code: "resource_missing" });
      if (stored.payment_method.customer !== customer.id) {
        throw invalidRequest(`The customer does not have a payment method with the ID ${method}. The payment method must be attached to the customer.`, {
          param: "invoice_settings[default_payment_method]",
          code: "resource_missing",
        });
      }
    }
    previous.invoice_settings = { ...customer.invoice_settings };
    customer.invoice_settings.default_payment_method = method;
  }
  for (const field of ["email", "name", "description"] as const) {
    if (input[field] === undefined) continue;
    previous[field] = customer[field];
    customer[field] = input[field] === "" ? null : (input[field] ?? null);
  }
  if (input.metadata !== undefined) {
    previous.metadata = { ...customer.metadata };
    customer.metadata = { ...customer.metadata, ...input.metadata };
  }
  standin.emitEvent("customer.updated", customer, { request, previousAttributes: previous });
  return customer;
}

export const customerRoutes: ApiRoute[] = [
  { method: "POST", path: "/v1/customers", handle: createCustomer },
  { method: "GET", path: "/v1/customers/:id", handle: ({ standin, pathParams }) => findCustomer(standin.state, pathParams.id) },
  { method: "POST", path: "/v1/customers/:id", handle: updateCustomer },
];
