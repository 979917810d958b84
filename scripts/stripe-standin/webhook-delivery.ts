import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { StripeEvent } from "./objects";
import { signWebhookPayload } from "./webhook-signature";

// Delays after failed attempts 1..7; the 8th failure gives up on the event.
const RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000];
const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
const ATTEMPT_TIMEOUT_MS = 10_000;

export type WebhookDeliveryStatus = { webhookUrl: string | null; isPaused: boolean; backlog: number };

export type WebhookDelivery = {
  enqueue(eventId: string): void;
  setPaused(isPaused: boolean): void;
  status(): WebhookDeliveryStatus;
  stop(): Promise<void>;
};

type WebhookDeliveryOptions = {
  webhookUrl?: string;
  secret: string;
  findEvent(eventId: string): StripeEvent | undefined;
  onSettled(event: StripeEvent): void;
};

// One event at a time, in emission order: a failing event holds back the ones after it,
// so the receiver never sees a later event before an earlier one.
export function createWebhookDelivery(options: WebhookDeliveryOptions): WebhookDelivery {
  const { webhookUrl, secret } = options;
  const backlog: string[] = [];
  let isPaused = false;
  let isStopped = false;
  let draining: Promise<void> | null = null;
  let cancelWait: (() => void) | null = null;
  let inFlight: AbortController | null = null;

  function startDraining(): void {
    if (draining || isPaused || isStopped || backlog.length === 0) return;
    draining = new Promise<void>((resolve) => setImmediate(resolve)).then(drain).finally(() => {
      draining = null;
      startDraining();
    });
  }

  async function drain(): Promise<void> {
    while (backlog.length > 0 && !isPaused && !isStopped) {
      const event = options.findEvent(backlog[0]);
      if (event && !(await deliver(event))) return;
      backlog.shift();
    }
  }

  async function deliver(event: StripeEvent): Promise<boolean> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      if (isPaused || isStopped) return false;
      const failure = await attemptDelivery(event);
      if (isStopped) return false;
      if (failure === null) break;
      if (attempt === MAX_ATTEMPTS) {
        console.error(`[stripe-standin] webhook ${event.type} ${event.id}: giving up after ${attempt} attempts (${failure})`);
        break;
      }
      const delay = RETRY_DELAYS_MS[attempt - 1];
      console.error(`[stripe-standin] webhook ${event.type} ${event.id}: attempt ${attempt} failed (${failure}), retrying in ${delay / 1000}s`);
      await wait(delay);
    }
    options.onSettled(event);
    return true;
  }

  async function attemptDelivery(event: StripeEvent): Promise<string | null> {
    const payload = JSON.stringify(event, null, 2);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ATTEMPT_TIMEOUT_MS);
    inFlight = controller;
    try {
      const status = await postPayload(webhookUrl ?? "", payload, signWebhookPayload(payload, secret), controller.signal);
      return status >= 200 && status < 300 ? null : `HTTP ${status}`;
    } catch (error) {
      return describeDeliveryError(error);
    } finally {
      clearTimeout(timer);
      inFlight = null;
    }
  }

  function wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(finish, ms);
      function finish(): void {
        clearTimeout(timer);
        cancelWait = null;
        resolve();
      }
      cancelWait = finish;
    });
  }

  return {
    enqueue(eventId) {
      if (!webhookUrl) return;
      backlog.push(eventId);
      startDraining();
    },
    setPaused(shouldPause) {
      isPaused = shouldPause;
      if (!shouldPause) cancelWait?.();
      startDraining();
    },
    status: () => ({ webhookUrl: webhookUrl ?? null, isPaused, backlog: backlog.length }),
    async stop() {
      isStopped = true;
      cancelWait?.();
      inFlight?.abort();
      await draining;
    },
  };
}

// node:http rather than fetch, which refuses some ports outright; redirects count as failures, as at Stripe.
function postPayload(url: string, payload: string, signature: string, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const headers = {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": Buffer.byteLength(payload),
      "Stripe-Signature": signature,
      "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
    };
    const request = send(target, { method: "POST", headers, signal }, (response) => {
      response.on("error", reject);
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.resume();
    });
    request.on("error", reject);
    request.end(payload);
  });
}

function describeDeliveryError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === "AbortError") return `no answer within ${ATTEMPT_TIMEOUT_MS / 1000}s`;
  return "code" in error && typeof error.code === "string" ? error.code : error.message;
}
