import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiCall, ApiRoute } from "./api-call";
import { expandResponse, parseExpandPaths } from "./expand";
import { type FormObject, FormSyntaxError, parseFormBody } from "./form-body";
import { BodyTooLargeError, readBody, sendJson, toJson } from "./http-io";
import { hashRequest, lookUpIdempotencyKey, rememberResponse } from "./idempotency";
import { createId } from "./ids";
import { createRouter, type RouteMatch } from "./router";
import { API_VERSION, type Standin } from "./standin";
import { findObjectById } from "./state";
import { invalidRequest, StandinError, toErrorResponse } from "./stripe-error";

type ApiAnswer = { status: number; body: string; replayedRequestId?: string };
type ApiHandler = ApiRoute["handle"];

export function createApiHandler(standin: Standin, routes: ApiRoute[]) {
  const findRoute = createRouter(routes);
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const requestId = createId("req", 14);
    const method = request.method ?? "GET";
    const idempotencyKey = method === "POST" ? firstHeader(request.headers["idempotency-key"]) : undefined;
    const answer = ({ status, body, replayedRequestId }: ApiAnswer) =>
      sendJson(response, status, body, {
        "Request-Id": requestId,
        "Stripe-Version": firstHeader(request.headers["stripe-version"]) ?? API_VERSION,
        ...(idempotencyKey === undefined ? {} : { "Idempotency-Key": idempotencyKey }),
        ...(replayedRequestId === undefined ? {} : { "Idempotent-Replayed": "true", "Original-Request": replayedRequestId }),
      });

    const authorizationError = checkAuthorization(firstHeader(request.headers.authorization));
    if (authorizationError) return answer(errorAnswer(authorizationError));
    let params: FormObject;
    try {
      params = parseFormBody(method === "POST" ? await readBody(request) : url.search.slice(1));
    } catch (error) {
      if (!(error instanceof FormSyntaxError || error instanceof BodyTooLargeError)) throw error;
      return answer(errorAnswer(invalidRequest(error.message)));
    }
    const match = findRoute(method, url.pathname);
    if (!match) {
      const message = `Unrecognized request URL (${method}: ${url.pathname}). The Stripe stand-in serves only the endpoints the app calls.`;
      return answer(errorAnswer(invalidRequest(message, { status: 404 })));
    }
    const stripeAccount = firstHeader(request.headers["stripe-account"]);
    const call: ApiCall = { standin, pathParams: match.pathParams, params, request: { id: requestId, idempotency_key: idempotencyKey ?? null }, stripeAccount };
    const result = idempotencyKey === undefined ? execute(match, call).answer : runIdempotently(match, call, method, url.pathname, idempotencyKey);
    if (method === "POST" && result.replayedRequestId === undefined) standin.persist();
    answer(result);
  };
}

function runIdempotently(match: RouteMatch<ApiHandler>, call: ApiCall, method: string, pathname: string, key: string): ApiAnswer {
  const { state } = call.standin;
  const hash = hashRequest(method, pathname, call.params);
  try {
    const lookup = lookUpIdempotencyKey(state, key, hash, Date.now());
    if (lookup.kind === "replay") {
      const { status, body, request_id } = lookup.record;
      return { status, body, replayedRequestId: request_id };
    }
  } catch (error) {
    if (error instanceof StandinError) return errorAnswer(error);
    throw error;
  }
  const { answer, isStored } = execute(match, call);
  if (isStored) {
    rememberResponse(state, key, { hash, status: answer.status, body: answer.body, request_id: call.request.id ?? "", created_ms: Date.now() });
  }
  return answer;
}

function execute(match: RouteMatch<ApiHandler>, call: ApiCall): { answer: ApiAnswer; isStored: boolean } {
  try {
    const { expand, ...params } = call.params;
    const expandPaths = parseExpandPaths(expand);
    const value = match.handle({ ...call, params });
    const expanded = expandResponse(value, expandPaths, (id) => findObjectById(call.standin.state, id));
    return { answer: { status: 200, body: toJson(expanded) }, isStored: true };
  } catch (error) {
    if (error instanceof StandinError) return { answer: errorAnswer(error), isStored: error.isStoredForIdempotency };
    console.error(`[stripe-standin] ${call.request.id} failed:`, error);
    const body = { error: { type: "api_error", message: `The Stripe stand-in failed unexpectedly (request ${call.request.id}).` } };
    return { answer: { status: 500, body: toJson(body) }, isStored: false };
  }
}

function errorAnswer(error: StandinError): ApiAnswer {
  return { status: error.status, body: toJson(toErrorResponse(error)) };
}

function checkAuthorization(header: string | undefined): StandinError | undefined {
  if (!header) {
    return invalidRequest(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      { status: 401 },
    );
  }
  const key = readApiKey(header);
  if (/^(sk|rk)_test_\w+$/.test(key)) return undefined;
  const shown = key.length > 12 ? `${key.slice(0, 8)}${"*".repeat(4)}${key.slice(-4)}` : key;
  return invalidRequest(`Invalid API Key provided: ${shown}. The Stripe stand-in accepts test-mode secret keys (sk_test_...).`, { status: 401 });
}

// Bearer is what the SDK sends; Basic (`curl -u sk_test_...:`) is accepted for poking by hand.
function readApiKey(header: string): string {
  const [scheme, credentials = ""] = header.trim().split(/\s+/, 2);
  if (scheme.toLowerCase() === "bearer") return credentials;
  if (scheme.toLowerCase() === "basic") return Buffer.from(credentials, "base64").toString("utf8").split(":")[0];
  return "";
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
