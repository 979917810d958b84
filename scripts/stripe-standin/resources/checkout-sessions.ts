import { z } from "zod";
import type { ApiCall, ApiRoute } from "../api-call";
import { createId, nowSeconds } from "../ids";
import { paginate } from "../list";
import type { CheckoutSession, EventRequest } from "../objects";
import { currencyParam, emailParam, integerParam, listParamShape, metadataParam, parseParams, stringParam, urlParam } from "../params";
import { NO_REQUEST, type Standin } from "../standin";
import { findOrThrow, newestFirst, type State, type StoredCheckoutSession } from "../state";
import { invalidRequest } from "../stripe-error";
import { findCustomer } from "./customers";
import { createSetupIntent } from "./setup-intents";

const MIN_LIFETIME_SECONDS = 30 * 60;
const MAX_LIFETIME_SECONDS = 24 * 60 * 60;

const lineItemSchema = z.strictObject({
  price_data: z.strictObject({
    currency: currencyParam,
    unit_amount: integerParam({ min: 0 }),
    product_data: z.strictObject({ name: stringParam, description: z.string().optional() }),
  }),
  quantity: integerParam({ min: 1 }),
});

const createSessionSchema = z.strictObject({
  mode: z.enum(["payment", "setup"]),
  line_items: z.array(lineItemSchema, { error: "must be a list" }).min(1, "must have at least one item").optional(),
  customer: stringParam.optional(),
  currency: currencyParam.optional(),
  setup_intent_data: z.strictObject({ description: z.string().optional(), metadata: metadataParam.optional() }).optional(),
  success_url: urlParam,
  cancel_url: urlParam.optional(),
  client_reference_id: z.string().max(200, "must be at most 200 characters").optional(),
  customer_email: emailParam.optional(),
  metadata: metadataParam.optional(),
  payment_intent_data: z
    .strictObject({ transfer_group: stringParam.optional(), description: z.string().optional(), metadata: metadataParam.optional() })
    .optional(),
  payment_method_types: z.array(z.enum(["card"])).optional(),
  expires_at: integerParam().optional(),
});

const listSessionsSchema = z.strictObject({ ...listParamShape, payment_intent: stringParam.optional() });

export function findCheckoutSession(state: State, id: string): StoredCheckoutSession {
  return findOrThrow(state.checkoutSessions, id, "checkout.session");
}

type SessionInput = z.output<typeof createSessionSchema>;

// Stripe's rules for which parameters go with which mode.
function checkMode(input: SessionInput): NonNullable<SessionInput["line_items"]> {
  const refuse = (message: string, param: string, code = "parameter_invalid") => invalidRequest(message, { param, code, isValidation: true });
  if (input.mode === "setup") {
    if (input.line_items) throw refuse("You cannot pass `line_items` in `setup` mode.", "line_items");
    if (input.payment_intent_data) throw refuse("You cannot pass `payment_intent_data` in `setup` mode.", "payment_intent_data");
    return [];
  }
  if (input.setup_intent_data) throw refuse("You can only pass `setup_intent_data` in `setup` mode.", "setup_intent_data");
  if (!input.line_items) throw refuse("Missing required param: line_items.", "line_items", "parameter_missing");
  return input.line_items;
}

function createSession({ standin, params }: ApiCall): CheckoutSession {
  const input = parseParams(createSessionSchema, params);
  const lineItems = checkMode(input);
  if (input.customer !== undefined) findCustomer(standin.state, input.customer, { param: "customer", status: 400 });
  const currency = lineItems[0]?.price_data.currency ?? input.currency ?? null;
  lineItems.forEach((item, index) => {
    if (item.price_data.currency !== currency) {
      throw invalidRequest("All line items must use the same currency.", { param: `line_items[${index}][price_data][currency]` });
    }
  });
  const created = nowSeconds();
  const expiresAt = input.expires_at ?? created + MAX_LIFETIME_SECONDS;
  if (expiresAt < created + MIN_LIFETIME_SECONDS || expiresAt > created + MAX_LIFETIME_SECONDS) {
    throw invalidRequest("The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.", {
      param: "expires_at",
    });
  }
  const isSetup = input.mode === "setup";
  const amount = isSetup ? null : lineItems.reduce((sum, item) => sum + item.price_data.unit_amount * item.quantity, 0);
  const id = createId("cs_test", 58);
  const setupIntent = isSetup
    ? createSetupIntent(standin, {
        customer: input.customer ?? null,
        usage: "off_session",
        description: input.setup_intent_data?.description ?? null,
        metadata: input.setup_intent_data?.metadata ?? {},
      })
    : null;
  const session: CheckoutSession = {
    id,
    object: "checkout.session",
    mode: input.mode,
    status: "open",
    payment_status: isSetup ? "no_payment_required" : "unpaid",
    amount_subtotal: amount,
    amount_total: amount,
    currency,
    url: `${standin.baseUrl}/checkout/pay/${id}`,
    customer: input.customer ?? null,
    payment_intent: null,
    setup_intent: setupIntent?.id ?? null,
    client_reference_id: input.client_reference_id ?? null,
    customer_email: input.customer_email ?? null,
    customer_details: null,
    success_url: input.success_url,
    cancel_url: input.cancel_url ?? null,
    expires_at: expiresAt,
    payment_method_types: input.payment_method_types ?? ["card"],
    metadata: input.metadata ?? {},
    created,
    livemode: false,
  };
  standin.state.checkoutSessions[id] = {
    session,
    line_items: lineItems.map((item) => ({
      name: item.price_data.product_data.name,
      unit_amount: item.price_data.unit_amount,
      quantity: item.quantity,
    })),
    payment_intent_data: {
      transfer_group: input.payment_intent_data?.transfer_group ?? null,
      description: input.payment_intent_data?.description ?? null,
      metadata: input.payment_intent_data?.metadata ?? {},
    },
    attempted_payment_intent: null,
  };
  return session;
}

function listSessions({ standin, params }: ApiCall) {
  const input = parseParams(listSessionsSchema, params);
  const matching = newestFirst(standin.state.checkoutSessions).filter(
    (stored) =>
      input.payment_intent === undefined || stored.session.payment_intent === input.payment_intent || stored.attempted_payment_intent === input.payment_intent,
  );
  const sessions = matching.map((stored) => stored.session);
  return paginate(sessions, input, { url: "/v1/checkout/sessions", kind: "checkout.session" });
}

export function expireSession(standin: Standin, stored: StoredCheckoutSession, request: EventRequest = NO_REQUEST): CheckoutSession {
  const { session } = stored;
  if (session.status !== "open") {
    throw invalidRequest(`Only Checkout Sessions with a status in ["open"] can be expired. This one is "${session.status}".`, {
      param: "session",
    });
  }
  session.status = "expired";
  session.url = null;
  standin.emitEvent("checkout.session.expired", session, { request });
  return session;
}

// Stripe expires sessions in the background; the stand-in sweeps periodically.
export function expireDueSessions(standin: Standin): number {
  const now = nowSeconds();
  const due = Object.values(standin.state.checkoutSessions).filter((stored) => stored.session.status === "open" && stored.session.expires_at <= now);
  for (const stored of due) expireSession(standin, stored);
  return due.length;
}

export const checkoutSessionRoutes: ApiRoute[] = [
  { method: "POST", path: "/v1/checkout/sessions", handle: createSession },
  { method: "GET", path: "/v1/checkout/sessions", handle: listSessions },
  { method: "GET", path: "/v1/checkout/sessions/:id", handle: ({ standin, pathParams }) => findCheckoutSession(standin.state, pathParams.id).session },
  {
    method: "POST",
    path: "/v1/checkout/sessions/:id/expire",
    handle: ({ standin, pathParams, request }) => expireSession(standin, findCheckoutSession(standin.state, pathParams.id), request),
  },
];
