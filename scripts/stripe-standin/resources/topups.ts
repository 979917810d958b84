import { z } from "zod";
import type { ApiCall, ApiRoute } from "../api-call";
import { createId, nowSeconds } from "../ids";
import type { Topup } from "../objects";
import { currencyParam, integerParam, metadataParam, parseParams } from "../params";
import { findOrThrow } from "../state";

// Top-ups add money to the platform's own balance (what a transfer without a source charge draws on,
// such as a trial payout). Stripe takes them from the platform's bank account; here they succeed at once.

const createTopupSchema = z.strictObject({
  amount: integerParam({ min: 1 }),
  currency: currencyParam,
  description: z.string().optional(),
  statement_descriptor: z.string().optional(),
  metadata: metadataParam.optional(),
});

function createTopup({ standin, params, request }: ApiCall): Topup {
  const input = parseParams(createTopupSchema, params);
  const topup: Topup = {
    id: createId("tu"),
    object: "topup",
    amount: input.amount,
    currency: input.currency,
    description: input.description ?? null,
    statement_descriptor: input.statement_descriptor ?? null,
    status: "succeeded",
    balance_transaction: createId("txn"),
    metadata: input.metadata ?? {},
    created: nowSeconds(),
    livemode: false,
  };
  standin.state.topups[topup.id] = topup;
  standin.emitEvent("topup.succeeded", topup, { request });
  return topup;
}

export const topupRoutes: ApiRoute[] = [
  { method: "POST", path: "/v1/topups", handle: createTopup },
  { method: "GET", path: "/v1/topups/:id", handle: ({ standin, pathParams }) => findOrThrow(standin.state.topups, pathParams.id, "topup") },
];
