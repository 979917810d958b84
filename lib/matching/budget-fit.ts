// The budget rule of matching, a hard filter: an expert is matched only when they quote in the
// request's currency and their hourly rate is at most the client's maximum plus the tolerance the client
// chose on the request. Rates in another currency are refused, not converted: an exchange rate would
// make an expert fit one day and not the next, and a contract is paid in one currency anyway.

export const BUDGET_TOLERANCE_CHOICES = [0, 10, 20] as const;
export type BudgetTolerancePercent = (typeof BUDGET_TOLERANCE_CHOICES)[number];
export const DEFAULT_BUDGET_TOLERANCE_PERCENT: BudgetTolerancePercent = 10;

type Budget = { budgetMaxCents: number; budgetTolerancePercent: number; currency: string };

/** In whole cents, without rounding: rate × 100 ≤ maximum × (100 + tolerance). */
export function isRateWithinTolerance(rateCents: number, budget: Pick<Budget, "budgetMaxCents" | "budgetTolerancePercent">) {
  return rateCents * 100 <= budget.budgetMaxCents * (100 + budget.budgetTolerancePercent);
}

/** The highest rate matched, in cents (rounded down: one cent more is refused). */
export const budgetCeilingCents = (budget: Pick<Budget, "budgetMaxCents" | "budgetTolerancePercent">) =>
  Math.floor((budget.budgetMaxCents * (100 + budget.budgetTolerancePercent)) / 100);

export type BudgetFit = "WITHIN" | "WITHIN_TOLERANCE" | "ABOVE_TOLERANCE" | "OTHER_CURRENCY";

export function budgetFitOf(rate: { hourlyRateCents: number; currency: string }, budget: Budget): BudgetFit {
  if (rate.currency.trim() !== budget.currency) return "OTHER_CURRENCY";
  if (rate.hourlyRateCents <= budget.budgetMaxCents) return "WITHIN";
  return isRateWithinTolerance(rate.hourlyRateCents, budget) ? "WITHIN_TOLERANCE" : "ABOVE_TOLERANCE";
}

export const isMatchableFit = (fit: BudgetFit) => fit === "WITHIN" || fit === "WITHIN_TOLERANCE";
