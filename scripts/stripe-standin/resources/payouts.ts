import { z } from "zod";
import type { ApiCall, ApiRoute } from "../api-call";
import { createId, nowSeconds } from "../ids";
import { paginate } from "../list";
import type { Account, Payout, Transfer } from "../objects";
import { listParamShape, parseParams } from "../params";
import type { Standin } from "../standin";
import { findOrThrow } from "../state";
import { invalidRequest } from "../stripe-error";

// Connected accounts pay out to their bank on their schedule. The stand-in pays each transfer out
// at once as its own automatic payout, arriving `delay_days` later: in transit until then, paid after
// (the status moves when the payout is read). Manual schedules get no automatic payouts. Payouts
// happen on the connected account, so they emit no events to the platform's webhook endpoint.

const DAY_SECONDS = 24 * 60 * 60;

const listPayoutsSchema = z.strictObject({ ...listParamShape, status: z.enum(["pending", "in_transit", "paid"]).optional() });

export function payOutTransfer(standin: Standin, account: Account, transfer: Transfer): void {
  const schedule = account.settings?.payouts.schedule ?? { interval: "daily", delay_days: 2 };
  if (schedule.interval === "manual") return;
  const created = nowSeconds();
  const payout: Payout = {
    id: createId("po"),
    object: "payout",
    amount: transfer.amount,
    currency: transfer.currency,
    arrival_date: created + schedule.delay_days * DAY_SECONDS,
    automatic: true,
    balance_transaction: createId("txn"),
    description: "STRIPE PAYOUT",
    destination: `ba_${account.id.slice(5)}`,
    method: "standard",
    source_type: "card",
    statement_descriptor: null,
    status: schedule.delay_days === 0 ? "paid" : "in_transit",
    type: "bank_account",
    metadata: {},
    created,
    livemode: false,
  };
  standin.state.payouts[payout.id] = { account: account.id, payout };
}

function settleArrived(payout: Payout): Payout {
  if (payout.arrival_date <= nowSeconds()) payout.status = "paid";
  return payout;
}

function requireConnectedAccount(call: ApiCall): string {
  if (!call.stripeAccount)
    throw invalidRequest("The stand-in's platform account makes no payouts; list a connected account's payouts with the Stripe-Account header.");
  return findOrThrow(call.standin.state.accounts, call.stripeAccount, "account").id;
}

function listPayouts(call: ApiCall) {
  const account = requireConnectedAccount(call);
  const input = parseParams(listPayoutsSchema, call.params);
  const payouts = Object.values(call.standin.state.payouts)
    .filter((stored) => stored.account === account)
    .reverse()
    .map((stored) => settleArrived(stored.payout))
    .filter((payout) => input.status === undefined || payout.status === input.status);
  return paginate(payouts, input, { url: "/v1/payouts", kind: "payout" });
}

function retrievePayout(call: ApiCall) {
  const account = requireConnectedAccount(call);
  const stored = findOrThrow(call.standin.state.payouts, call.pathParams.id, "payout");
  if (stored.account !== account) throw findOrThrow({}, call.pathParams.id, "payout");
  return settleArrived(stored.payout);
}

export const payoutRoutes: ApiRoute[] = [
  { method: "GET", path: "/v1/payouts", handle: listPayouts },
  { method: "GET", path: "/v1/payouts/:id", handle: retrievePayout },
];
