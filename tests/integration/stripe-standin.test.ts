import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StripeStandin, startStripeStandin } from "@/scripts/stripe-standin/server";

// The stand-in is driven only the way the app drives it: the real SDK over HTTP, its pages and
// /_standin helpers with fetch, and webhooks verified with the SDK's constructEvent.

const WEBHOOK_SECRET = "whsec_standin_test";
const API_KEY = "sk_test_standin_suite";

type Delivery = { payload: string; signature: string; event: Stripe.Event };

let standin: StripeStandin;
let stripe: Stripe;
let receiver: http.Server;
const deliveries: Delivery[] = [];
let failuresToAnswer = 0;

function clientFor(key: string) {
  return new Stripe(key, { host: "localhost", port: standin.port, protocol: "http", maxNetworkRetries: 0 });
}

beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const payload = Buffer.concat(chunks).toString("utf8");
      const signature = String(request.headers["stripe-signature"]);
      if (failuresToAnswer > 0) {
        failuresToAnswer -= 1;
        return void response.writeHead(503).end();
      }
      try {
        deliveries.push({ payload, signature, event: stripe.webhooks.constructEvent(payload, signature, WEBHOOK_SECRET) });
        response.writeHead(200).end("{}");
      } catch (error) {
        response.writeHead(400).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks`;
  standin = await startStripeStandin({ port: 0, webhookUrl, webhookSecret: WEBHOOK_SECRET });
  stripe = clientFor(API_KEY);
});

afterAll(async () => {
  await standin?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function waitForEvent(matches: (event: Stripe.Event) => boolean, what: string): Promise<Stripe.Event> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const found = deliveries.find((delivery) => matches(delivery.event));
    if (found) return found.event;
    if (Date.now() > deadline) throw new Error(`no webhook for ${what}`);
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

const objectId = (event: Stripe.Event) => (event.data.object as { id?: string }).id;

async function helper(pathname: string, body: unknown = {}) {
  const response = await fetch(`${standin.url}/_standin/${pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function createSession(amount: number, options: { transferGroup?: string; metadata?: Record<string, string> } = {}) {
  return stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: amount, product_data: { name: "Milestone 1 — Design review" } } }],
    success_url: "http://app.test/contracts/c1?funded=1&session={CHECKOUT_SESSION_ID}",
    cancel_url: "http://app.test/contracts/c1?cancelled=1",
    client_reference_id: "payment_1",
    customer_email: "client@example.com",
    metadata: { milestoneId: "m1" },
    payment_intent_data: { transfer_group: options.transferGroup, metadata: { milestoneId: "m1", ...options.metadata } },
  });
}

async function fundedCharge(amount: number, transferGroup = `group_${Math.random().toString(36).slice(2)}`) {
  const session = await createSession(amount, { transferGroup });
  expect((await helper(`checkout/${session.id}/pay`, { card: "4242424242424242" })).status).toBe(200);
  const intent = await stripe.paymentIntents.retrieve((await stripe.checkout.sessions.retrieve(session.id)).payment_intent as string);
  return { session, intent, charge: await stripe.charges.retrieve(intent.latest_charge as string), transferGroup };
}

async function onboardedAccount() {
  const account = await stripe.accounts.create({ type: "express", email: "expert@example.com", capabilities: { transfers: { requested: true } } });
  await helper(`accounts/${account.id}/complete-onboarding`);
  return account.id;
}

describe("Stripe stand-in", () => {
  it("onboards an Express account through its account link page", async () => {
    const account = await stripe.accounts.create({
      type: "express",
      email: "ada@example.com",
      capabilities: { transfers: { requested: true } },
      metadata: { expertProfileId: "e1" },
    });
    expect(account).toMatchObject({
      object: "account",
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      metadata: { expertProfileId: "e1" },
    });
    expect(account.id).toMatch(/^acct_/);
    expect(account.requirements?.currently_due).toEqual(expect.arrayContaining(["external_account", "individual.verification.document"]));

    const link = await stripe.accountLinks.create({
      account: account.id,
      type: "account_onboarding",
      refresh_url: "http://app.test/payouts?refresh=1",
      return_url: "http://app.test/payouts",
    });
    expect(link.url.startsWith(`${standin.url}/connect/onboard/${account.id}?`)).toBe(true);
    const page = await (await fetch(link.url)).text();
    expect(page).toContain("Stripe stand-in — Set up payouts for ada@example.com");
    expect(page).toContain('<button type="submit">Complete onboarding</button>');
    expect(page).toContain('<a href="http://app.test/payouts?refresh=1">Return without finishing</a>');

    const linkToken = new URL(link.url).searchParams.get("link") ?? "";
    const submitted = await fetch(link.url, { method: "POST", body: new URLSearchParams({ link: linkToken }), redirect: "manual" });
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get("location")).toBe("http://app.test/payouts");
    expect(await stripe.accounts.retrieve(account.id)).toMatchObject({
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
      requirements: { currently_due: [], disabled_reason: null },
    });
    const updated = await waitForEvent((event) => event.type === "account.updated" && objectId(event) === account.id, "account.updated");
    expect(updated).toMatchObject({
      object: "event",
      livemode: false,
      data: { object: { payouts_enabled: true }, previous_attributes: { payouts_enabled: false } },
    });
  });

  it("takes a card payment on the checkout page and emits the events in order", async () => {
    const session = await createSession(15_000, { transferGroup: "contract_1" });
    expect(session).toMatchObject({
      object: "checkout.session",
      status: "open",
      payment_status: "unpaid",
      amount_total: 15_000,
      currency: "usd",
      payment_intent: null,
      client_reference_id: "payment_1",
    });
    expect(session.id).toMatch(/^cs_test_/);
    const page = await (await fetch(session.url ?? "")).text();
    for (const text of [
      "Milestone 1 — Design review",
      "$150.00",
      '<label for="card-number">Card number</label>',
      "Pay $150.00",
      "4242 4242 4242 4242 succeeds",
      "4000 0000 0000 0002 is declined",
    ]) {
      expect(page).toContain(text);
    }
    expect(page).toContain('<a href="http://app.test/contracts/c1?cancelled=1">Cancel</a>');

    const paid = await fetch(session.url ?? "", { method: "POST", body: new URLSearchParams({ card_number: "4242 4242 4242 4242" }), redirect: "manual" });
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(`http://app.test/contracts/c1?funded=1&session=${session.id}`);

    const completed = await stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent.latest_charge"] });
    // What the app checks before it counts a payment: the session's ids, and the amount and currency the intent and its charge took.
    expect(completed).toMatchObject({
      status: "complete",
      payment_status: "paid",
      url: null,
      client_reference_id: "payment_1",
      metadata: { milestoneId: "m1" },
    });
    const intent = completed.payment_intent as Stripe.PaymentIntent;
    expect(intent).toMatchObject({
      status: "succeeded",
      amount: 15_000,
      amount_received: 15_000,
      currency: "usd",
      transfer_group: "contract_1",
      metadata: { milestoneId: "m1", checkout_session: session.id },
    });
    const charge = intent.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({
      object: "charge",
      status: "succeeded",
      paid: true,
      captured: true,
      amount: 15_000,
      amount_captured: 15_000,
      amount_refunded: 0,
      currency: "usd",
      refunded: false,
      disputed: false,
      payment_intent: intent.id,
      transfer_group: "contract_1",
    });
    expect(charge.balance_transaction).toMatch(/^txn_/);

    await waitForEvent((event) => event.type === "charge.succeeded" && objectId(event) === charge.id, "charge.succeeded");
    const sequence = deliveries.map((delivery) => delivery.event).filter((event) => [session.id, intent.id, charge.id].includes(objectId(event) ?? ""));
    expect(sequence.map((event) => event.type)).toEqual(["checkout.session.completed", "payment_intent.succeeded", "charge.succeeded"]);
    expect(sequence[0].api_version).toBe("2026-10-28.endive");
  });

  it("declines 4000 0000 0000 0002, tells the app which session it was, and lets a second card succeed", async () => {
    const session = await createSession(5_000);
    const declined = await fetch(session.url ?? "", { method: "POST", body: new URLSearchParams({ card_number: "4000000000000002" }) });
    expect(await declined.text()).toContain('<p role="alert" class="error" id="card-error">Your card was declined.</p>');
    const failed = await waitForEvent(
      (event) => event.type === "payment_intent.payment_failed" && (event.data.object as Stripe.PaymentIntent).metadata.checkout_session === session.id,
      "payment_failed",
    );
    const failedIntent = failed.data.object as Stripe.PaymentIntent;
    expect(failedIntent.last_payment_error).toMatchObject({ message: "Your card was declined.", code: "card_declined", decline_code: "generic_decline" });
    expect(failedIntent.metadata).toMatchObject({ milestoneId: "m1" });
    expect((await stripe.checkout.sessions.list({ payment_intent: failedIntent.id })).data.map((found) => found.id)).toEqual([session.id]);
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
    expect((await helper(`checkout/${session.id}/pay`, { card: "4000 0000 0000 0002" })).body).toMatchObject({ status: "open", payment_intent: null });

    const retried = await helper(`checkout/${session.id}/pay`, { card: "4242424242424242" });
    expect(retried.body).toMatchObject({ status: "complete", payment_intent: failedIntent.id });
  });

  it("bounds transfers by what their source charge has left", async () => {
    const destination = await onboardedAccount();
    const { charge, transferGroup } = await fundedCharge(10_000);
    const transfer = await stripe.transfers.create({
      amount: 6_000,
      currency: "usd",
      destination,
      transfer_group: transferGroup,
      source_transaction: charge.id,
      metadata: { transferId: "t1" },
    });
    expect(transfer).toMatchObject({
      object: "transfer",
      amount: 6_000,
      amount_reversed: 0,
      reversed: false,
      destination,
      source_transaction: charge.id,
      transfer_group: transferGroup,
      reversals: { object: "list", data: [] },
    });

    const overdrawn = stripe.transfers.create({ amount: 4_001, currency: "usd", destination, source_transaction: charge.id });
    await expect(overdrawn).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    await expect(overdrawn).rejects.toMatchObject({
      statusCode: 400,
      param: "amount",
      message: expect.stringContaining("Insufficient funds in source transaction"),
    });

    const reversal = await stripe.transfers.createReversal(transfer.id, { amount: 1_000 });
    expect(reversal).toMatchObject({ object: "transfer_reversal", amount: 1_000, transfer: transfer.id });
    await expect(stripe.transfers.createReversal(transfer.id, { amount: 5_001 })).rejects.toMatchObject({ param: "amount" });
    await stripe.transfers.create({ amount: 5_000, currency: "usd", destination, source_transaction: charge.id });
    expect(await stripe.transfers.retrieve(transfer.id)).toMatchObject({ amount_reversed: 1_000 });

    const notOnboarded = await stripe.accounts.create({ type: "express" });
    await expect(stripe.transfers.create({ amount: 100, currency: "usd", destination: notOnboarded.id })).rejects.toMatchObject({
      code: "insufficient_capabilities_for_transfer",
    });
    await expect(stripe.transfers.create({ amount: 100, currency: "usd", destination, source_transaction: "ch_missing" })).rejects.toMatchObject({
      code: "resource_missing",
      param: "source_transaction",
    });
    await expect(stripe.transfers.create({ amount: 100, currency: "eur", destination, source_transaction: charge.id })).rejects.toMatchObject({
      param: "currency",
    });
    await waitForEvent((event) => event.type === "transfer.created" && objectId(event) === transfer.id, "transfer.created");
  });

  it("bounds refunds by the unrefunded amount and updates the charge", async () => {
    const { charge, intent } = await fundedCharge(10_000);
    const partial = await stripe.refunds.create({ charge: charge.id, amount: 3_000, reason: "requested_by_customer", metadata: { refundId: "r1" } });
    expect(partial).toMatchObject({
      object: "refund",
      status: "succeeded",
      amount: 3_000,
      charge: charge.id,
      payment_intent: intent.id,
      currency: "usd",
      metadata: { refundId: "r1" },
    });
    await expect(stripe.refunds.create({ charge: charge.id, amount: 7_001 })).rejects.toMatchObject({
      code: "amount_too_large",
      message: expect.stringContaining("is greater than unrefunded amount on charge ($70.00)"),
    });
    const rest = await stripe.refunds.create({ payment_intent: intent.id });
    expect(rest.amount).toBe(7_000);
    expect(await stripe.charges.retrieve(charge.id)).toMatchObject({ amount_refunded: 10_000, refunded: true });
    await expect(stripe.refunds.create({ charge: charge.id })).rejects.toMatchObject({ code: "charge_already_refunded" });
    const refunded = await waitForEvent(
      (event) => event.type === "charge.refunded" && (event.data.object as Stripe.Charge).amount_refunded === 10_000 && objectId(event) === charge.id,
      "charge.refunded",
    );
    expect(refunded.data.previous_attributes).toEqual({ amount_refunded: 3_000, refunded: false });
    await waitForEvent((event) => event.type === "refund.created" && objectId(event) === rest.id, "refund.created");
  });

  it("replays a request with the same idempotency key and refuses the key with other parameters", async () => {
    const destination = await onboardedAccount();
    const { charge, transferGroup } = await fundedCharge(2_000);
    const params = { amount: 1_500, currency: "usd", destination, transfer_group: transferGroup, source_transaction: charge.id };
    const first = await stripe.transfers.create(params, { idempotencyKey: `transfer-${charge.id}` });
    const again = await stripe.transfers.create(params, { idempotencyKey: `transfer-${charge.id}` });
    expect(again).toEqual(first);
    expect(again.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect((await stripe.transfers.list({ transfer_group: transferGroup })).data).toHaveLength(1);

    const conflicting = stripe.transfers.create({ ...params, amount: 100 }, { idempotencyKey: `transfer-${charge.id}` });
    await expect(conflicting).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    await expect(conflicting).rejects.toMatchObject({ message: expect.stringContaining(`Try using a key other than 'transfer-${charge.id}'`) });

    const overdraw = () => stripe.transfers.create({ ...params, amount: 1_000 }, { idempotencyKey: `overdraw-${charge.id}` });
    const firstError = await rejectionOf(overdraw());
    const replayedError = await rejectionOf(overdraw());
    expect(replayedError.message).toBe(firstError.message);
    expect(replayedError.headers?.["idempotent-replayed"]).toBe("true");
  });

  it("pages lists newest first for autoPagingToArray", async () => {
    const destination = await onboardedAccount();
    const { charge, transferGroup } = await fundedCharge(5_000);
    const created: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      created.push(
        (await stripe.transfers.create({ amount: 100, currency: "usd", destination, transfer_group: transferGroup, source_transaction: charge.id })).id,
      );
    }
    const firstPage = await stripe.transfers.list({ transfer_group: transferGroup, limit: 2 });
    expect(firstPage).toMatchObject({ object: "list", has_more: true, url: "/v1/transfers" });
    const all = await stripe.transfers.list({ transfer_group: transferGroup, limit: 2 }).autoPagingToArray({ limit: 100 });
    expect(all.map((transfer) => transfer.id)).toEqual(created.reverse());
    expect((await stripe.events.list({ type: "transfer.created", limit: 3 })).data.map(objectId)).toEqual(created.slice(0, 3));
  });

  it("computes the balance as charges − refunds − transfers + reversals", async () => {
    const available = async () => (await stripe.balance.retrieve()).available.find((entry) => entry.currency === "usd")?.amount ?? 0;
    const before = await available();
    const destination = await onboardedAccount();
    const { charge } = await fundedCharge(10_000);
    await stripe.refunds.create({ charge: charge.id, amount: 2_000 });
    const transfer = await stripe.transfers.create({ amount: 3_000, currency: "usd", destination, source_transaction: charge.id });
    await stripe.transfers.createReversal(transfer.id, { amount: 1_000 });
    expect((await available()) - before).toBe(10_000 - 2_000 - 3_000 + 1_000);
  });

  it("opens a dispute on a charge through the helper", async () => {
    const { charge } = await fundedCharge(4_000);
    const dispute = await helper(`charges/${charge.id}/dispute`, { reason: "fraudulent" });
    expect(dispute.body).toMatchObject({
      object: "dispute",
      amount: 4_000,
      charge: charge.id,
      currency: "usd",
      reason: "fraudulent",
      status: "needs_response",
    });
    expect((await stripe.charges.retrieve(charge.id)).disputed).toBe(true);
    const event = await waitForEvent(
      (candidate) => candidate.type === "charge.dispute.created" && objectId(candidate) === dispute.body.id,
      "charge.dispute.created",
    );
    expect(event.data.object).toMatchObject({ object: "dispute", payment_intent: charge.payment_intent });
    await expect(stripe.refunds.create({ charge: charge.id })).rejects.toMatchObject({ code: "charge_disputed" });
  });

  it("holds webhooks while paused and delivers the backlog in order on resume", async () => {
    expect((await helper("webhooks", { paused: true })).body).toMatchObject({ isPaused: true });
    const first = await stripe.accounts.create({ type: "express" });
    const second = await stripe.accounts.create({ type: "express" });
    await helper(`accounts/${first.id}/complete-onboarding`);
    await helper(`accounts/${second.id}/complete-onboarding`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(deliveries.some((delivery) => [first.id, second.id].includes(objectId(delivery.event) ?? ""))).toBe(false);
    expect((await stripe.events.list({ type: "account.updated", limit: 1 })).data[0]).toMatchObject({
      pending_webhooks: 1,
      data: { object: { id: second.id } },
    });

    await helper("webhooks", { paused: false });
    await waitForEvent((event) => objectId(event) === second.id, "the backlog");
    const order = deliveries.map((delivery) => objectId(delivery.event)).filter((id) => id === first.id || id === second.id);
    expect(order).toEqual([first.id, second.id]);
  });

  it("retries a delivery the receiver refused", async () => {
    failuresToAnswer = 2;
    const account = await stripe.accounts.create({ type: "express" });
    await helper(`accounts/${account.id}/complete-onboarding`);
    await waitForEvent((event) => objectId(event) === account.id, "the retried account.updated");
    expect(failuresToAnswer).toBe(0);
  });

  it("signs deliveries so a tampered payload or a wrong secret fails constructEvent", async () => {
    const { payload, signature } = deliveries[0];
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const tampered = payload.replace('"livemode": false', '"livemode": true');
    expect(() => stripe.webhooks.constructEvent(tampered, signature, WEBHOOK_SECRET)).toThrow(Stripe.errors.StripeSignatureVerificationError);
    expect(() => stripe.webhooks.constructEvent(payload, signature, "whsec_other")).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });

  it("answers bad keys, bad params and unknown objects like Stripe", async () => {
    await expect(clientFor("pk_test_publishable").balance.retrieve()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const missing = stripe.checkout.sessions.create({ mode: "payment", success_url: "http://app.test/ok" });
    await expect(missing).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      statusCode: 400,
      param: "line_items",
      message: "Missing required param: line_items.",
    });
    await expect(stripe.accounts.retrieve("acct_missing")).rejects.toMatchObject({
      statusCode: 404,
      code: "resource_missing",
      message: "No such account: 'acct_missing'",
    });
    const unknown = stripe.transfers.create({ amount: 1, currency: "usd", destination: "acct_x", colour: "red" } as Stripe.TransferCreateParams);
    await expect(unknown).rejects.toMatchObject({ param: "colour", message: "Received unknown parameter: colour" });
  });

  it("keeps its objects across a restart when given a data file", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "stripe-standin-"));
    const dataFile = path.join(folder, "nested", "state.json");
    const first = await startStripeStandin({ port: 0, webhookSecret: WEBHOOK_SECRET, dataFile });
    const client = (port: number) => new Stripe(API_KEY, { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0 });
    const account = await client(first.port).accounts.create({ type: "express", email: "kept@example.com" });
    await first.stop();
    const second = await startStripeStandin({ port: 0, webhookSecret: WEBHOOK_SECRET, dataFile });
    expect((await client(second.port).accounts.retrieve(account.id)).email).toBe("kept@example.com");
    await second.stop();
    rmSync(folder, { recursive: true, force: true });
  });
});
