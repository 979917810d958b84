import type { FormObject } from "./form-body";
import type { EventRequest } from "./objects";
import type { Route } from "./router";
import type { Standin } from "./standin";

// Handlers run synchronously from the idempotency check to the stored response, so two
// requests with one key can never both do the work.
// `stripeAccount`: the Stripe-Account header, a platform acting on one of its connected accounts.
export type ApiCall = { standin: Standin; pathParams: Record<string, string>; params: FormObject; request: EventRequest; stripeAccount?: string };

export type ApiRoute = Route<(call: ApiCall) => object>;
