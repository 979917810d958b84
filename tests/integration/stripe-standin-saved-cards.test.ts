import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StripeStandin, startStripeStandin } from "@/scripts/stripe-standin/server";

// Saved cards on the stand-in, driven the way the app drives them: the real SDK over HTTP, the card
// page and /_standin helpers with fetch, webhooks verified with the SDK's constructEvent.

const WEBHOOK_SECRET = "whsec_standin_saved_cards";

let standin: StripeStandin;
let stripe: Stripe;
let receiver: http.Server;
const events: Stripe.Event[] = [];

beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      try {
        events.push(stripe.webhooks.constructEvent(Buffer.concat(chunks).toString("utf8"), String(request.headers["stripe-signature"]), WEBHOOK_SECRET));
        response.writeHead(200).end("{}");
      } catch (error) {
        response.writeHead(400).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks`;
  standin = await startStripeStandin({ port: 0, webhookUrl, webhookSecret: WEBHOOK_SECRET });
  stripe = new Stripe("sk_test_saved_cards", { host: "localhost", port: standin.port, protocol: "http", maxNetworkRetries: 0 });
});

afterAll(async () => {
  await standin?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function eventFor(type: string, objectId: string): Promise<Stripe.Event> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const found = events.find((event) => event.type === type && (event.data.object as { id?: string }).id === objectId);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${type} webhook for ${objectId}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function rejectionOf(request: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await request;
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) return error;
    throw error;
  }
  throw new Error("expected the request to fail");
}

async function setupSession(customer: string) {
  return stripe.checkout.sessions.create({
    mode: "setup",
    customer,
    currency: "usd",
    success_url: "http://app.test/client/billing?card_saved={CHECKOUT_SESSION_ID}",
    cancel_url: "http://app.test/client/billing",
    client_reference_id: "company_1",
    metadata: { companyId: "company_1" },
    setup_intent_data: { metadata: { companyId: "company_1" } },
  });
}

/** A customer with a card saved through Checkout in setup mode, via the /_standin helper. */
async function customerWithCard(card: string, expiry = "04/29") {
  const customer = await stripe.customers.create({ email: "finance@example.com", name: "Acme", metadata: { companyId: "company_1" } });
  const session = await setupSession(customer.id);
  const paid = await fetch(`${standin.url}/_standin/checkout/${session.id}/pay`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ card, expiry }),
  });
  expect(paid.status).toBe(200);
  const setupIntent = await stripe.setupIntents.retrieve((await stripe.checkout.sessions.retrieve(session.id)).setup_intent as string);
  return { customer, session, setupIntent, paymentMethodId: setupIntent.payment_method as string };
}

function chargeOffSession(customer: string, paymentMethod: string, idempotencyKey: string, amount = 12_000) {
  return stripe.paymentIntents.create(
    {
      amount,
      currency: "usd",
      customer,
      payment_method: paymentMethod,
      off_session: true,
      confirm: true,
      transfer_group: "contract_1",
      metadata: { paymentId: "payment_1", milestoneId: "milestone_1" },
    },
    { idempotencyKey },
  );
}

describe("Stripe stand-in: customers, saved cards and off-session charges", () => {
  it("saves a card on the card page in setup mode, attached to the customer, with its webhooks", async () => {
    const customer = await stripe.customers.create({ email: "finance@example.com", metadata: { companyId: "company_1" } });
    expect(customer).toMatchObject({ object: "customer", invoice_settings: { default_payment_method: null }, metadata: { companyId: "company_1" } });
    const session = await setupSession(customer.id);
    expect(session).toMatchObject({ mode: "setup", status: "open", payment_status: "no_payment_required", amount_total: null, customer: customer.id });
    expect(session.setup_intent).toMatch(/^seti_/);

    const page = await (await fetch(session.url!)).text();
    expect(page).toContain("Save a card");
    expect(page).toContain("4000 0000 0000 0341");
    const submitted = await fetch(session.url!, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "card_number=4242+4242+4242+4242&card_expiry=04%2F29",
      redirect: "manual",
    });
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get("location")).toBe(`http://app.test/client/billing?card_saved=${session.id}`);

    const completed = await stripe.checkout.sessions.retrieve(session.id, { expand: ["setup_intent.payment_method"] });
    expect(completed.status).toBe("complete");
    const setupIntent = completed.setup_intent as Stripe.SetupIntent;
    expect(setupIntent).toMatchObject({ status: "succeeded", customer: customer.id, usage: "off_session", metadata: { companyId: "company_1" } });
    const paymentMethod = setupIntent.payment_method as Stripe.PaymentMethod;
    expect(paymentMethod).toMatchObject({ type: "card", customer: customer.id, card: { brand: "visa", last4: "4242", exp_month: 4, exp_year: 2029 } });

    await eventFor("checkout.session.completed", session.id);
    await eventFor("setup_intent.succeeded", setupIntent.id);
    const listed = await stripe.customers.listPaymentMethods(customer.id, { type: "card" });
    expect(listed.data.map((method) => method.id)).toEqual([paymentMethod.id]);
  });

  it("refuses a declining card at setup, an unknown number and an expiry in the past, leaving the session open", async () => {
    const customer = await stripe.customers.create({});
    const session = await setupSession(customer.id);
    const pay = (card: string, expiry: string) =>
      fetch(session.url!, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `card_number=${card}&card_expiry=${expiry}`,
      });
    expect(await (await pay("4000000000000002", "04%2F29")).text()).toContain("Your card was declined.");
    expect(await (await pay("4111111111111111", "04%2F29")).text()).toContain("Your card number is incorrect.");
    expect(await (await pay("4242424242424242", "01%2F20")).text()).toContain("expiration year is in the past");
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
    expect((await stripe.paymentMethods.list({ customer: customer.id })).data).toEqual([]);
  });

  it("sets, replaces and unsets the default payment method; detaching the default clears it", async () => {
    const { customer, paymentMethodId } = await customerWithCard("4242424242424242");
    const updated = await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: paymentMethodId } });
    expect(updated.invoice_settings.default_payment_method).toBe(paymentMethodId);
    await eventFor("customer.updated", customer.id);

    const stranger = await customerWithCard("4242424242424242");
    const refused = await rejectionOf(stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: stranger.paymentMethodId } }));
    expect(refused.statusCode).toBe(400);
    expect(refused.message).toContain("must be attached to the customer");

    const detached = await stripe.paymentMethods.detach(paymentMethodId);
    expect(detached.customer).toBeNull();
    expect((await stripe.customers.retrieve(customer.id)) as Stripe.Customer).toMatchObject({ invoice_settings: { default_payment_method: null } });
    await eventFor("payment_method.detached", paymentMethodId);
    const again = await rejectionOf(stripe.paymentMethods.detach(paymentMethodId));
    expect(again.code).toBe("payment_method_unexpected_state");

    const reattached = await stripe.paymentMethods.attach(paymentMethodId, { customer: customer.id });
    expect(reattached.customer).toBe(customer.id);
    expect((await stripe.paymentMethods.retrieve(paymentMethodId)).card?.last4).toBe("4242");
  });

  it("charges a saved card off-session: a succeeded PaymentIntent whose charge can fund a transfer, replayed by its idempotency key", async () => {
    const { customer, paymentMethodId } = await customerWithCard("4242424242424242");
    const intent = await chargeOffSession(customer.id, paymentMethodId, "charge:m1:1");
    expect(intent).toMatchObject({
      status: "succeeded",
      amount: 12_000,
      amount_received: 12_000,
      customer: customer.id,
      payment_method: paymentMethodId,
      transfer_group: "contract_1",
      metadata: { paymentId: "payment_1", milestoneId: "milestone_1" },
    });
    const charge = await stripe.charges.retrieve(intent.latest_charge as string);
    expect(charge).toMatchObject({ amount: 12_000, paid: true, transfer_group: "contract_1", payment_intent: intent.id, metadata: { paymentId: "payment_1" } });
    expect(charge.payment_method_details?.card).toMatchObject({ brand: "visa", last4: "4242" });
    await eventFor("payment_intent.succeeded", intent.id);
    await eventFor("charge.succeeded", charge.id);

    const replay = await chargeOffSession(customer.id, paymentMethodId, "charge:m1:1");
    expect(replay.id).toBe(intent.id);
    expect((await stripe.charges.list({ payment_intent: intent.id })).data).toHaveLength(1);

    const account = await stripe.accounts.create({ type: "express" });
    await fetch(`${standin.url}/_standin/accounts/${account.id}/complete-onboarding`, { method: "POST" });
    const transfer = await stripe.transfers.create({
      amount: 10_800,
      currency: "usd",
      destination: account.id,
      source_transaction: charge.id,
      transfer_group: "contract_1",
    });
    expect(transfer.source_transaction).toBe(charge.id);
  });

  it("declines every charge to 4000 0000 0000 0341 with a 402 carrying the PaymentIntent, and the same key answers the same decline", async () => {
    const { customer, paymentMethodId } = await customerWithCard("4000000000000341");
    const declined = await rejectionOf(chargeOffSession(customer.id, paymentMethodId, "charge:m2:1"));
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(declined).toMatchObject({ statusCode: 402, code: "card_declined", decline_code: "generic_decline" });
    const intent = declined.payment_intent!;
    expect(intent).toMatchObject({ status: "requires_payment_method", latest_charge: null, metadata: { milestoneId: "milestone_1" } });
    expect(intent.last_payment_error).toMatchObject({ code: "card_declined", message: "Your card was declined." });
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe("requires_payment_method");
    const failed = await eventFor("payment_intent.payment_failed", intent.id);
    expect((failed.data.object as Stripe.PaymentIntent).last_payment_error?.code).toBe("card_declined");

    const replayed = await rejectionOf(chargeOffSession(customer.id, paymentMethodId, "charge:m2:1"));
    expect(replayed.payment_intent?.id).toBe(intent.id);
    const secondAttempt = await rejectionOf(chargeOffSession(customer.id, paymentMethodId, "charge:m2:2"));
    expect(secondAttempt.payment_intent?.id).not.toBe(intent.id);
    expect((await stripe.charges.list({ transfer_group: "contract_1" })).data.every((charge) => charge.payment_method !== paymentMethodId)).toBe(true);
  });

  it("refuses a payment method of another customer, off_session without confirm, and setup-mode sessions with line items", async () => {
    const first = await customerWithCard("4242424242424242");
    const second = await customerWithCard("4242424242424242");
    const foreign = await rejectionOf(chargeOffSession(second.customer.id, first.paymentMethodId, "charge:foreign:1"));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.message).toContain("does not belong to the Customer");
    const unconfirmed = await rejectionOf(
      stripe.paymentIntents.create({ amount: 100, currency: "usd", customer: first.customer.id, payment_method: first.paymentMethodId, off_session: true }),
    );
    expect(unconfirmed.param).toBe("off_session");
    const mixed = await rejectionOf(
      stripe.checkout.sessions.create({
        mode: "setup",
        success_url: "http://app.test/ok",
        line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: 100, product_data: { name: "x" } } }],
      }),
    );
    expect(mixed.param).toBe("line_items");
    const missing = await rejectionOf(stripe.customers.retrieve("cus_missing"));
    expect(missing).toMatchObject({ statusCode: 404, code: "resource_missing" });
  });
});
