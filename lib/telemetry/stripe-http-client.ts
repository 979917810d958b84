import { SpanStatusCode, trace } from "@opentelemetry/api";
import type Stripe from "stripe";
import { recordStripeError } from "./registry";

// The Stripe SDK's HTTP client, observed: each call to Stripe is a span named by its path with ids
// taken out ("stripe POST /v1/transfers/{id}/reversals"; the HTTP instrumentation's span for the wire
// sits inside it), and each failure — an error status or no answer at all — counts in
// vetted_stripe_api_errors_total. The SDK's own retries are separate calls here.

const tracer = trace.getTracer("vetted.stripe");
// Stripe ids are a lowercase prefix, an underscore and random letters and digits (acct_1Nv0FG…,
// cs_test_a1B2…); resource names (account_links, payment_intents) have neither digits nor capitals.
const STRIPE_ID = /^[a-z]+_\w*[0-9A-Z]\w*$/;

export const stripePathTemplate = (path: string) =>
  path
    .split("?")[0]
    .split("/")
    .map((segment) => (STRIPE_ID.test(segment) ? "{id}" : segment))
    .join("/");

export function observedStripeHttpClient(client: Stripe.HttpClient): Stripe.HttpClient {
  return {
    getClientName: () => client.getClientName(),
    makeRequest: (host, port, path, method, headers, requestData, protocol, timeout) =>
      tracer.startActiveSpan(`stripe ${method} ${stripePathTemplate(path)}`, async (span) => {
        try {
          const response = await client.makeRequest(host, port, path, method, headers, requestData, protocol, timeout);
          const status = response.getStatusCode();
          span.setAttribute("http.response.status_code", status);
          if (status >= 400) {
            recordStripeError(status);
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          return response;
        } catch (error) {
          recordStripeError("network");
          span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
          throw error;
        } finally {
          span.end();
        }
      }),
  };
}
