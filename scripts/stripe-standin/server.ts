import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequestHandler } from "./request-handler";
import { expireDueSessions } from "./resources/checkout-sessions";
import { createEvent, type Standin } from "./standin";
import { createEmptyState, loadState, saveState } from "./state";
import { createWebhookDelivery } from "./webhook-delivery";

export type StripeStandinOptions = {
  port: number;
  webhookUrl?: string;
  webhookSecret: string;
  dataFile?: string;
  host?: string;
};

export type StripeStandin = { url: string; port: number; stop(): Promise<void> };

const EXPIRY_SWEEP_MS = 30_000;

// A local Stripe the real SDK talks to over HTTP: `new Stripe(key, { host, port, protocol: "http" })`.
export async function startStripeStandin(options: StripeStandinOptions): Promise<StripeStandin> {
  const host = options.host ?? "127.0.0.1";
  const { dataFile, webhookUrl } = options;
  const state = dataFile ? loadState(dataFile) : createEmptyState();
  const persist = () => {
    if (dataFile) saveState(dataFile, state);
  };
  const webhooks = createWebhookDelivery({
    webhookUrl,
    secret: options.webhookSecret,
    findEvent: (eventId) => state.events[eventId],
    onSettled: (event) => {
      event.pending_webhooks = 0;
      persist();
    },
  });
  const server = createServer();
  const port = await listen(server, options.port, host);
  const url = `http://${host === "0.0.0.0" || host === "::" ? "localhost" : host}:${port}`;
  const standin: Standin = {
    state,
    baseUrl: url,
    webhooks,
    persist,
    emitEvent(type, object, emitOptions = {}) {
      const event = createEvent(type, object, { ...emitOptions, willDeliver: webhookUrl !== undefined });
      state.events[event.id] = event;
      webhooks.enqueue(event.id);
      return event;
    },
  };
  server.on("request", createRequestHandler(standin));
  for (const event of Object.values(state.events)) {
    if (event.pending_webhooks > 0) webhooks.enqueue(event.id);
  }
  const sweep = setInterval(() => {
    if (expireDueSessions(standin) > 0) persist();
  }, EXPIRY_SWEEP_MS);
  return {
    url,
    port,
    async stop() {
      clearInterval(sweep);
      await webhooks.stop();
      await close(server);
      persist();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
