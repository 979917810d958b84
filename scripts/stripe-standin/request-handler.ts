import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiRoute } from "./api-call";
import { createApiHandler } from "./api-pipeline";
import { sendJson, toJson } from "./http-io";
import { createPageHandler } from "./pages/page-routes";
import { accountRoutes } from "./resources/accounts";
import { balanceRoutes } from "./resources/balance";
import { chargeRoutes } from "./resources/charges";
import { checkoutSessionRoutes } from "./resources/checkout-sessions";
import { customerRoutes } from "./resources/customers";
import { eventRoutes } from "./resources/events";
import { paymentIntentRoutes } from "./resources/payment-intents";
import { paymentMethodRoutes } from "./resources/payment-methods";
import { payoutRoutes } from "./resources/payouts";
import { refundRoutes } from "./resources/refunds";
import { setupIntentRoutes } from "./resources/setup-intents";
import { topupRoutes } from "./resources/topups";
import { transferRoutes } from "./resources/transfers";
import type { Standin } from "./standin";
import { createHelperHandler } from "./standin-routes";

const API_ROUTES: ApiRoute[] = [
  ...accountRoutes,
  ...checkoutSessionRoutes,
  ...customerRoutes,
  ...paymentMethodRoutes,
  ...setupIntentRoutes,
  ...paymentIntentRoutes,
  ...chargeRoutes,
  ...transferRoutes,
  ...payoutRoutes,
  ...topupRoutes,
  ...refundRoutes,
  ...eventRoutes,
  ...balanceRoutes,
];

// /v1/* is the Stripe API, /_standin/* the test helpers, everything else the hosted pages.
export function createRequestHandler(standin: Standin) {
  const handleApi = createApiHandler(standin, API_ROUTES);
  const handleHelper = createHelperHandler(standin);
  const handlePage = createPageHandler(standin);
  return (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? "/", "http://stripe-standin.invalid");
    const handle = url.pathname.startsWith("/v1/") ? handleApi : url.pathname.startsWith("/_standin/") ? handleHelper : handlePage;
    handle(request, response, url).catch((error: unknown) => {
      console.error(`[stripe-standin] ${request.method} ${url.pathname} failed:`, error);
      if (response.headersSent) return void response.destroy();
      sendJson(response, 500, toJson({ error: { type: "api_error", message: "The Stripe stand-in failed unexpectedly." } }));
    });
  };
}
