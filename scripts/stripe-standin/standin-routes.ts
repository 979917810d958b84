import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { BodyTooLargeError, readBody, sendJson, toJson } from "./http-io";
import { parseParams } from "./params";
import { completeOnboarding } from "./resources/accounts";
import { createDispute } from "./resources/disputes";
import { payCheckoutSession } from "./resources/pay-checkout-session";
import { createRouter } from "./router";
import type { Standin } from "./standin";
import { invalidRequest, StandinError, toErrorResponse } from "./stripe-error";

// Test-only controls under /_standin/: no API key, JSON bodies, Stripe-shaped errors.
type HelperCall = { standin: Standin; pathParams: Record<string, string>; body: unknown };
type HelperAnswer = { status: number; body: object };
type HelperHandler = (call: HelperCall) => HelperAnswer;

const paySchema = z.strictObject({ card: z.string({ error: "must be a string" }), expiry: z.string({ error: "must be a string" }).optional() });
const webhooksSchema = z.strictObject({ paused: z.boolean({ error: "must be a boolean" }) });

const ok = (body: object): HelperAnswer => ({ status: 200, body });

const findHelper = createRouter<HelperHandler>([
  { method: "GET", path: "/_standin/health", handle: ({ standin }) => ok({ status: "ok", webhooks: standin.webhooks.status() }) },
  { method: "POST", path: "/_standin/checkout/:sessionId/pay", handle: payForTest },
  { method: "POST", path: "/_standin/accounts/:id/complete-onboarding", handle: ({ standin, pathParams }) => ok(completeOnboarding(standin, pathParams.id)) },
  { method: "POST", path: "/_standin/charges/:id/dispute", handle: ({ standin, pathParams, body }) => ok(createDispute(standin, pathParams.id, body)) },
  { method: "POST", path: "/_standin/webhooks", handle: setWebhooksPaused },
]);

// Like the card page, a decline is not an error here: the session comes back still open. In setup mode it saves the card.
function payForTest({ standin, pathParams, body }: HelperCall): HelperAnswer {
  const { card, expiry } = parseParams(paySchema, body);
  return ok(payCheckoutSession(standin, pathParams.sessionId, { number: card, expiry }).stored.session);
}

function setWebhooksPaused({ standin, body }: HelperCall): HelperAnswer {
  standin.webhooks.setPaused(parseParams(webhooksSchema, body).paused);
  return ok(standin.webhooks.status());
}

export function createHelperHandler(standin: Standin) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const answer = (result: HelperAnswer) => sendJson(response, result.status, toJson(result.body));
    const method = request.method ?? "GET";
    const match = findHelper(method, url.pathname);
    if (!match) return answer(errorAnswer(invalidRequest(`Unrecognized stand-in helper (${method}: ${url.pathname}).`, { status: 404 })));
    let body: unknown;
    try {
      const text = method === "POST" ? await readBody(request) : "";
      body = text.trim() === "" ? {} : JSON.parse(text);
    } catch (error) {
      if (!(error instanceof SyntaxError || error instanceof BodyTooLargeError)) throw error;
      return answer(errorAnswer(invalidRequest(`The request body is not valid JSON: ${error.message}`)));
    }
    try {
      answer(match.handle({ standin, pathParams: match.pathParams, body }));
    } catch (error) {
      if (!(error instanceof StandinError)) throw error;
      answer(errorAnswer(error));
    } finally {
      if (method === "POST") standin.persist();
    }
  };
}

function errorAnswer(error: StandinError): HelperAnswer {
  return { status: error.status, body: toErrorResponse(error) };
}
