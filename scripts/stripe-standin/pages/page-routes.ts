import type { IncomingMessage, ServerResponse } from "node:http";
import { parseFormBody } from "../form-body";
import { readBody, redirect, sendHtml } from "../http-io";
import { nowSeconds } from "../ids";
import { completeOnboarding } from "../resources/accounts";
import { payCheckoutSession } from "../resources/pay-checkout-session";
import { createRouter } from "../router";
import type { Standin } from "../standin";
import type { StoredAccountLink } from "../state";
import { StandinError } from "../stripe-error";
import { CARD_EXPIRY_FIELD, CARD_NUMBER_FIELD, renderCheckoutPage } from "./checkout-page";
import { renderExpressDashboardPage } from "./express-dashboard-page";
import { renderMessagePage } from "./html";
import { renderOnboardingPage } from "./onboarding-page";

type PageCall = { standin: Standin; request: IncomingMessage; response: ServerResponse; url: URL; pathParams: Record<string, string> };
type PageHandler = (call: PageCall) => Promise<void>;

const findPage = createRouter<PageHandler>([
  { method: "GET", path: "/connect/onboard/:accountId", handle: showOnboarding },
  { method: "POST", path: "/connect/onboard/:accountId", handle: submitOnboarding },
  { method: "GET", path: "/connect/express/:accountId", handle: showExpressDashboard },
  { method: "GET", path: "/checkout/pay/:sessionId", handle: showCheckout },
  { method: "POST", path: "/checkout/pay/:sessionId", handle: submitCheckout },
]);

export function createPageHandler(standin: Standin) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const match = findPage(request.method ?? "GET", url.pathname);
    if (!match) return sendHtml(response, 404, renderMessagePage("Not found", "The Stripe stand-in has no page at this address."));
    await match.handle({ standin, request, response, url, pathParams: match.pathParams });
  };
}

async function readForm(request: IncomingMessage): Promise<Record<string, string>> {
  const form = parseFormBody(await readBody(request));
  return Object.fromEntries(Object.entries(form).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

// Like Stripe, an expired link sends the user to refresh_url to ask the platform for a fresh one.
function findLink(call: PageCall, token: string | null): StoredAccountLink | undefined {
  const { accountLinks } = call.standin.state;
  const link = token !== null && Object.hasOwn(accountLinks, token) ? accountLinks[token] : undefined;
  if (!link || link.account !== call.pathParams.accountId) {
    sendHtml(call.response, 404, renderMessagePage("Link not valid", "This onboarding link is not valid. Ask the platform for a new one."));
    return undefined;
  }
  if (link.expires_at >= nowSeconds()) return link;
  redirect(call.response, link.refresh_url);
  return undefined;
}

async function showExpressDashboard(call: PageCall): Promise<void> {
  const { accounts, payouts } = call.standin.state;
  const account = Object.hasOwn(accounts, call.pathParams.accountId) ? accounts[call.pathParams.accountId] : undefined;
  if (!account) return sendHtml(call.response, 404, renderMessagePage("Not found", "No such account."));
  const own = Object.values(payouts)
    .filter((stored) => stored.account === account.id)
    .map((stored) => stored.payout)
    .reverse();
  sendHtml(call.response, 200, renderExpressDashboardPage({ account, payouts: own }));
}

async function showOnboarding(call: PageCall): Promise<void> {
  const token = call.url.searchParams.get("link");
  const link = findLink(call, token);
  if (!link || token === null) return;
  const account = call.standin.state.accounts[link.account];
  sendHtml(call.response, 200, renderOnboardingPage({ account, linkToken: token, refreshUrl: link.refresh_url }));
}

async function submitOnboarding(call: PageCall): Promise<void> {
  const token = (await readForm(call.request)).link ?? null;
  const link = findLink(call, token);
  if (!link || token === null) return;
  completeOnboarding(call.standin, link.account);
  delete call.standin.state.accountLinks[token];
  call.standin.persist();
  redirect(call.response, link.return_url);
}

async function showCheckout(call: PageCall): Promise<void> {
  const { checkoutSessions } = call.standin.state;
  const { sessionId } = call.pathParams;
  const stored = Object.hasOwn(checkoutSessions, sessionId) ? checkoutSessions[sessionId] : undefined;
  if (!stored) return sendHtml(call.response, 404, renderMessagePage("Not found", "There is no Checkout Session at this address."));
  if (stored.session.status !== "open") return sendInactiveSession(call, stored.session.status);
  sendHtml(call.response, 200, renderCheckoutPage({ stored }));
}

async function submitCheckout(call: PageCall): Promise<void> {
  const form = await readForm(call.request);
  const cardNumber = form[CARD_NUMBER_FIELD] ?? "";
  const cardExpiry = form[CARD_EXPIRY_FIELD];
  const { sessionId } = call.pathParams;
  try {
    const attempt = payCheckoutSession(call.standin, sessionId, { number: cardNumber, expiry: cardExpiry ?? "" });
    call.standin.persist();
    if (attempt.outcome !== "declined") return redirect(call.response, attempt.stored.session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", sessionId));
    sendHtml(call.response, 200, renderCheckoutPage({ stored: attempt.stored, error: attempt.error.message, cardNumber, cardExpiry }));
  } catch (error) {
    if (!(error instanceof StandinError)) throw error;
    call.standin.persist();
    const stored = call.standin.state.checkoutSessions[sessionId];
    if (stored?.session.status !== "open") return sendInactiveSession(call, stored?.session.status ?? "missing");
    sendHtml(call.response, 200, renderCheckoutPage({ stored, error: error.message, cardNumber, cardExpiry }));
  }
}

function sendInactiveSession(call: PageCall, status: string): void {
  const message = status === "complete" ? "This Checkout Session has already been paid." : "This Checkout Session is no longer active.";
  sendHtml(call.response, status === "missing" ? 404 : 200, renderMessagePage("Checkout unavailable", message));
}
