import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type {
  Account,
  Charge,
  CheckoutSession,
  Customer,
  Dispute,
  Metadata,
  PaymentIntent,
  PaymentMethod,
  Payout,
  Refund,
  SetupIntent,
  StripeEvent,
  Topup,
  Transfer,
} from "./objects";
import { resourceMissing } from "./stripe-error";

export type StoredAccountLink = { account: string; refresh_url: string; return_url: string; expires_at: number };

export type CheckoutLineItem = { name: string; unit_amount: number; quantity: number };

// Stripe keeps line items and payment_intent_data off the session object; the stand-in keeps them beside it.
export type StoredCheckoutSession = {
  session: CheckoutSession;
  line_items: CheckoutLineItem[];
  payment_intent_data: { transfer_group: string | null; description: string | null; metadata: Metadata };
  attempted_payment_intent: string | null;
};

// Stripe never shows a card's number again; the stand-in keeps it beside the PaymentMethod to know how charges to it end.
export type StoredPaymentMethod = { payment_method: PaymentMethod; card_number: string };

export type IdempotencyRecord = { hash: string; status: number; body: string; request_id: string; created_ms: number };

// A payout belongs to the connected account it pays out from.
export type StoredPayout = { account: string; payout: Payout };

export type State = {
  accounts: Record<string, Account>;
  payouts: Record<string, StoredPayout>;
  accountLinks: Record<string, StoredAccountLink>;
  checkoutSessions: Record<string, StoredCheckoutSession>;
  customers: Record<string, Customer>;
  paymentMethods: Record<string, StoredPaymentMethod>;
  setupIntents: Record<string, SetupIntent>;
  paymentIntents: Record<string, PaymentIntent>;
  charges: Record<string, Charge>;
  transfers: Record<string, Transfer>;
  refunds: Record<string, Refund>;
  disputes: Record<string, Dispute>;
  topups: Record<string, Topup>;
  events: Record<string, StripeEvent>;
  idempotency: Record<string, IdempotencyRecord>;
};

export function createEmptyState(): State {
  return {
    accounts: {},
    payouts: {},
    accountLinks: {},
    checkoutSessions: {},
    customers: {},
    paymentMethods: {},
    setupIntents: {},
    paymentIntents: {},
    charges: {},
    transfers: {},
    refunds: {},
    disputes: {},
    topups: {},
    events: {},
    idempotency: {},
  };
}

export function loadState(dataFile: string): State {
  if (!existsSync(dataFile)) return createEmptyState();
  try {
    const saved = JSON.parse(readFileSync(dataFile, "utf8")) as Partial<State>;
    return { ...createEmptyState(), ...saved };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot read the Stripe stand-in data file ${dataFile} (${reason}); delete it to start empty.`);
  }
}

// Write-then-rename, so a crash mid-write never leaves a truncated file behind.
export function saveState(dataFile: string, state: State): void {
  mkdirSync(path.dirname(dataFile), { recursive: true });
  const temporaryFile = `${dataFile}.${process.pid}.tmp`;
  writeFileSync(temporaryFile, JSON.stringify(state));
  renameSync(temporaryFile, dataFile);
}

// Collections keep insertion order (ids are never integer-like keys), so reversing gives Stripe's newest-first.
export function newestFirst<Item>(collection: Record<string, Item>): Item[] {
  return Object.values(collection).reverse();
}

// Stripe's answer to an unknown id: 404 resource_missing, or 400 when the id came in as a parameter.
export function findOrThrow<Item>(collection: Record<string, Item>, id: string, kind: string, options?: { param?: string; status?: number }): Item {
  if (!Object.hasOwn(collection, id)) throw resourceMissing(kind, id, options);
  return collection[id];
}

export function findObjectById(state: State, id: string): object | undefined {
  const collections = [
    state.accounts,
    state.customers,
    state.setupIntents,
    state.paymentIntents,
    state.charges,
    state.transfers,
    state.refunds,
    state.disputes,
    state.events,
  ];
  for (const collection of collections) {
    if (Object.hasOwn(collection, id)) return collection[id];
  }
  if (Object.hasOwn(state.paymentMethods, id)) return state.paymentMethods[id].payment_method;
  if (Object.hasOwn(state.payouts, id)) return state.payouts[id].payout;
  return Object.hasOwn(state.checkoutSessions, id) ? state.checkoutSessions[id].session : undefined;
}
