import { createId, nowSeconds } from "./ids";
import type { EventObject, EventRequest, StripeEvent } from "./objects";
import type { State } from "./state";
import type { WebhookDelivery } from "./webhook-delivery";

// The API version of the pinned SDK (stripe 23.1.0), as real events carry it.
export const API_VERSION = "2026-10-28.endive";

export const NO_REQUEST: EventRequest = { id: null, idempotency_key: null };

export type EmitOptions = { request?: EventRequest; previousAttributes?: Record<string, unknown> };

// What every handler needs: the objects, where the stand-in is reachable, and how to emit events.
export type Standin = {
  state: State;
  baseUrl: string;
  webhooks: WebhookDelivery;
  emitEvent(type: string, object: EventObject, options?: EmitOptions): StripeEvent;
  persist(): void;
};

export function createEvent(type: string, object: EventObject, options: EmitOptions & { willDeliver: boolean }): StripeEvent {
  return {
    id: createId("evt"),
    object: "event",
    api_version: API_VERSION,
    created: nowSeconds(),
    type,
    // A snapshot: later changes to the object must not rewrite history.
    data: {
      object: structuredClone(object),
      ...(options.previousAttributes ? { previous_attributes: options.previousAttributes } : {}),
    },
    livemode: false,
    pending_webhooks: options.willDeliver ? 1 : 0,
    request: options.request ?? NO_REQUEST,
  };
}
