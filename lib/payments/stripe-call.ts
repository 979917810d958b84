import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { Stripe } from "@/lib/stripe";

/**
 * Runs a Stripe call. Connection trouble and Stripe outages become a 503 a person can act on (try
 * again; nothing moved twice, since every money call carries our idempotency key); anything else —
 * a request Stripe refused — is a bug or a state problem and is rethrown for the caller to handle.
 */
export async function callStripe<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const isOutage =
      error instanceof Stripe.errors.StripeConnectionError ||
      error instanceof Stripe.errors.StripeAPIError ||
      error instanceof Stripe.errors.StripeRateLimitError;
    if (!isOutage) throw error;
    logger.warn({ err: error }, `Stripe unavailable: ${what}`);
    throw new AppError("UNAVAILABLE", `Stripe could not be reached to ${what}. Nothing was charged or sent twice; try again in a minute.`);
  }
}
