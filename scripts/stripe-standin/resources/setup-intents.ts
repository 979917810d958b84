import { z } from "zod";
import type { ApiCall, ApiRoute } from "../api-call";
import { createId, nowSeconds } from "../ids";
import type { Metadata, SetupIntent } from "../objects";
import { metadataParam, parseParams, stringParam } from "../params";
import type { Standin } from "../standin";
import { findOrThrow, type State } from "../state";
import { findCustomer } from "./customers";

const createSetupIntentSchema = z.strictObject({
  customer: stringParam.optional(),
  usage: z.enum(["off_session", "on_session"]).optional(),
  payment_method_types: z.array(z.enum(["card"])).optional(),
  description: z.string().optional(),
  metadata: metadataParam.optional(),
});

type NewSetupIntent = { customer: string | null; usage: SetupIntent["usage"]; description: string | null; metadata: Metadata };

export function findSetupIntent(state: State, id: string): SetupIntent {
  return findOrThrow(state.setupIntents, id, "setup_intent");
}

/** Also what a Checkout Session in setup mode creates for itself. */
export function createSetupIntent(standin: Standin, input: NewSetupIntent): SetupIntent {
  if (input.customer !== null) findCustomer(standin.state, input.customer, { param: "customer", status: 400 });
  const id = createId("seti");
  const setupIntent: SetupIntent = {
    id,
    object: "setup_intent",
    status: "requires_payment_method",
    usage: input.usage,
    customer: input.customer,
    payment_method: null,
    payment_method_types: ["card"],
    client_secret: `${id}_secret_${createId("s", 16).slice(2)}`,
    description: input.description,
    last_setup_error: null,
    metadata: input.metadata,
    created: nowSeconds(),
    livemode: false,
  };
  standin.state.setupIntents[id] = setupIntent;
  return setupIntent;
}

function create({ standin, params }: ApiCall): SetupIntent {
  const input = parseParams(createSetupIntentSchema, params);
  return createSetupIntent(standin, {
    customer: input.customer ?? null,
    usage: input.usage ?? "off_session",
    description: input.description ?? null,
    metadata: input.metadata ?? {},
  });
}

export const setupIntentRoutes: ApiRoute[] = [
  { method: "POST", path: "/v1/setup_intents", handle: create },
  { method: "GET", path: "/v1/setup_intents/:id", handle: ({ standin, pathParams }) => findSetupIntent(standin.state, pathParams.id) },
];
