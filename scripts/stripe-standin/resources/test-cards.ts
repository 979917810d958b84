import type { CardDetails, PaymentError } from "../objects";
import { StandinError } from "../stripe-error";

// Stripe's test cards, spaces removed: how saving one (a SetupIntent) and charging it end.
type TestCard = { setupError: PaymentError | null; chargeError: PaymentError | null };

const GENERIC_DECLINE: PaymentError = { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." };

const TEST_CARDS: Record<string, TestCard> = {
  "4242424242424242": { setupError: null, chargeError: null },
  "4000000000000002": { setupError: GENERIC_DECLINE, chargeError: GENERIC_DECLINE },
  // Attaches to a customer, then every charge to it is declined: Stripe's card for off-session failures.
  "4000000000000341": { setupError: null, chargeError: GENERIC_DECLINE },
};

export type ReadCard = { digits: string; outcome: TestCard };

export function readTestCard(cardNumber: string): ReadCard {
  const digits = cardNumber.replace(/[\s-]/g, "");
  if (!Object.hasOwn(TEST_CARDS, digits)) {
    throw new StandinError(402, { type: "card_error", code: "incorrect_number", param: "card", message: "Your card number is incorrect." });
  }
  return { digits, outcome: TEST_CARDS[digits] };
}

export function chargeErrorOf(cardNumber: string): PaymentError | null {
  return readTestCard(cardNumber).outcome.chargeError;
}

/** "MM/YY", "MM / YYYY"; without one (the API helpers), a date five years ahead, as test cards take any future date. */
export function readExpiry(text: string | undefined, now = new Date()): Pick<CardDetails, "exp_month" | "exp_year"> {
  if (text === undefined || text.trim() === "") return { exp_month: 12, exp_year: now.getUTCFullYear() + 5 };
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(text);
  const expiryError = (message: string, code: string) => new StandinError(402, { type: "card_error", code, param: "exp_month", message });
  if (!match) throw expiryError("Your card's expiration date is incomplete.", "invalid_expiry_month");
  const month = Number(match[1]);
  const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  if (month < 1 || month > 12) throw expiryError("Your card's expiration month is invalid.", "invalid_expiry_month");
  const isPast = year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1);
  if (isPast) throw expiryError("Your card's expiration year is in the past.", "invalid_expiry_year");
  return { exp_month: month, exp_year: year };
}
