import type { FormObject } from "./form-body";
import type { EventRequest } from "./objects";
import type { Route } from "./router";
import type { Standin } from "./standin";

// Handlers run synchronously from the idempotency check to the stored response, so two
// requests with one key can never both do the work.
export type ApiCall = { standin: Standin; pathParams: Record<string, string>; params: FormObject; request: EventRequest };

export type ApiRoute = Route<(call: ApiCall) => object>;
