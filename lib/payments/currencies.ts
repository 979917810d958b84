/** The currencies work is priced in (request budgets, expert rates, contracts) and Stripe charges and pays out in. */
export const CURRENCIES = ["USD", "EUR", "GBP"] as const;
