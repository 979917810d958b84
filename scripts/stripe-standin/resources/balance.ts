import type { ApiRoute } from "../api-call";
import type { State } from "../state";

// charges − refunds − transfers + reversals + top-ups, per currency. Everything counts as available at once:
// the stand-in has no pending period and ignores disputes and fees.
export function availableByCurrency(state: State): Map<string, number> {
  const available = new Map<string, number>();
  const add = (currency: string, amount: number) => available.set(currency, (available.get(currency) ?? 0) + amount);
  for (const charge of Object.values(state.charges)) add(charge.currency, charge.amount - charge.amount_refunded);
  for (const transfer of Object.values(state.transfers)) add(transfer.currency, transfer.amount_reversed - transfer.amount);
  for (const topup of Object.values(state.topups)) add(topup.currency, topup.amount);
  return available;
}

function retrieveBalance(state: State) {
  const available = [...availableByCurrency(state)].map(([currency, amount]) => ({ amount, currency, source_types: { card: amount } }));
  return {
    object: "balance",
    available: available.length > 0 ? available : [{ amount: 0, currency: "usd", source_types: { card: 0 } }],
    pending: [],
    livemode: false,
  };
}

export const balanceRoutes: ApiRoute[] = [{ method: "GET", path: "/v1/balance", handle: ({ standin }) => retrieveBalance(standin.state) }];
