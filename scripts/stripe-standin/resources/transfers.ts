import { z } from "zod";
import type { ApiCall, ApiRoute } from "../api-call";
import { createId, nowSeconds } from "../ids";
import { paginate } from "../list";
import { formatAmount } from "../money";
import type { Account, Charge, Transfer, TransferReversal } from "../objects";
import { booleanParam, currencyParam, integerParam, listParamShape, metadataParam, parseParams, stringParam } from "../params";
import { findOrThrow, newestFirst, type State } from "../state";
import { invalidRequest } from "../stripe-error";
import { availableByCurrency } from "./balance";
import { findCharge } from "./charges";
import { payOutTransfer } from "./payouts";

const createTransferSchema = z.strictObject({
  amount: integerParam({ min: 1 }),
  currency: currencyParam,
  destination: stringParam,
  transfer_group: stringParam.optional(),
  source_transaction: stringParam.optional(),
  description: z.string().optional(),
  metadata: metadataParam.optional(),
});

const createReversalSchema = z.strictObject({
  amount: integerParam({ min: 1 }).optional(),
  description: z.string().optional(),
  refund_application_fee: booleanParam.optional(),
  metadata: metadataParam.optional(),
});

const listTransfersSchema = z.strictObject({ ...listParamShape, transfer_group: stringParam.optional(), destination: stringParam.optional() });

// What a charge can still fund: its amount less refunds, less what earlier transfers took (net of reversals).
function remainingOnCharge(state: State, charge: Charge): number {
  const transferred = Object.values(state.transfers)
    .filter((transfer) => transfer.source_transaction === charge.id)
    .reduce((sum, transfer) => sum + transfer.amount - transfer.amount_reversed, 0);
  return charge.amount - charge.amount_refunded - transferred;
}

function checkDestination(state: State, destination: string): Account {
  const account = findOrThrow(state.accounts, destination, "destination", { param: "destination", status: 400 });
  if (!account.payouts_enabled || account.capabilities.transfers !== "active") {
    throw invalidRequest(
      `Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments. Account ${destination} cannot receive transfers until it finishes onboarding.`,
      { param: "destination", code: "insufficient_capabilities_for_transfer" },
    );
  }
  return account;
}

function checkFunds(state: State, amount: number, currency: string, sourceTransaction: string | undefined): void {
  if (sourceTransaction === undefined) {
    const available = availableByCurrency(state).get(currency) ?? 0;
    if (amount > available) {
      throw invalidRequest(`You have insufficient available funds in your Stripe account (${formatAmount(available, currency)} available).`, {
        code: "balance_insufficient",
        param: "amount",
      });
    }
    return;
  }
  const charge = findCharge(state, sourceTransaction, { param: "source_transaction", status: 400 });
  if (charge.currency !== currency) {
    throw invalidRequest(`The currency of source_transaction ${charge.id} (${charge.currency}) must match the transfer currency (${currency}).`, {
      param: "currency",
    });
  }
  const remaining = remainingOnCharge(state, charge);
  if (amount > remaining) {
    throw invalidRequest(
      `Insufficient funds in source transaction ${charge.id}: the transfer amount (${formatAmount(amount, currency)}) exceeds what remains available from it (${formatAmount(remaining, currency)}).`,
      { param: "amount", code: "balance_insufficient" },
    );
  }
}

function createTransfer({ standin, params, request }: ApiCall): Transfer {
  const input = parseParams(createTransferSchema, params);
  const { state } = standin;
  const destination = checkDestination(state, input.destination);
  checkFunds(state, input.amount, input.currency, input.source_transaction);
  const id = createId("tr");
  const transfer: Transfer = {
    id,
    object: "transfer",
    amount: input.amount,
    amount_reversed: 0,
    balance_transaction: createId("txn"),
    currency: input.currency,
    description: input.description ?? null,
    destination: input.destination,
    destination_payment: createId("py"),
    reversals: { object: "list", data: [], has_more: false, url: `/v1/transfers/${id}/reversals` },
    reversed: false,
    source_transaction: input.source_transaction ?? null,
    source_type: "card",
    transfer_group: input.transfer_group ?? null,
    metadata: input.metadata ?? {},
    created: nowSeconds(),
    livemode: false,
  };
  state.transfers[id] = transfer;
  standin.emitEvent("transfer.created", transfer, { request });
  payOutTransfer(standin, destination, transfer);
  return transfer;
}

function createReversal({ standin, pathParams, params, request }: ApiCall): TransferReversal {
  const transfer = findOrThrow(standin.state.transfers, pathParams.id, "transfer");
  const input = parseParams(createReversalSchema, params);
  const remaining = transfer.amount - transfer.amount_reversed;
  if (remaining === 0) throw invalidRequest(`Transfer ${transfer.id} has already been fully reversed.`, { param: "amount" });
  const amount = input.amount ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(
      `Reversal amount (${formatAmount(amount, transfer.currency)}) is greater than the amount left to reverse on transfer ${transfer.id} (${formatAmount(remaining, transfer.currency)}).`,
      { param: "amount" },
    );
  }
  const reversal: TransferReversal = {
    id: createId("trr"),
    object: "transfer_reversal",
    amount,
    balance_transaction: createId("txn"),
    currency: transfer.currency,
    destination_payment_refund: null,
    source_refund: null,
    transfer: transfer.id,
    metadata: input.metadata ?? {},
    created: nowSeconds(),
    livemode: false,
  };
  const previousAttributes = { amount_reversed: transfer.amount_reversed, reversed: transfer.reversed };
  transfer.amount_reversed += amount;
  transfer.reversed = transfer.amount_reversed === transfer.amount;
  transfer.reversals.data.unshift(reversal);
  standin.emitEvent("transfer.reversed", transfer, { request, previousAttributes });
  return reversal;
}

function listTransfers({ standin, params }: ApiCall) {
  const input = parseParams(listTransfersSchema, params);
  const transfers = newestFirst(standin.state.transfers).filter(
    (transfer) =>
      (input.transfer_group === undefined || transfer.transfer_group === input.transfer_group) &&
      (input.destination === undefined || transfer.destination === input.destination),
  );
  return paginate(transfers, input, { url: "/v1/transfers", kind: "transfer" });
}

export const transferRoutes: ApiRoute[] = [
  { method: "POST", path: "/v1/transfers", handle: createTransfer },
  { method: "GET", path: "/v1/transfers", handle: listTransfers },
  { method: "GET", path: "/v1/transfers/:id", handle: ({ standin, pathParams }) => findOrThrow(standin.state.transfers, pathParams.id, "transfer") },
  { method: "POST", path: "/v1/transfers/:id/reversals", handle: createReversal },
];
