import { DEFAULT_STANDIN_URL, STANDIN_WEBHOOK_SECRET } from "../../lib/stripe";
import { freePort, isPortFree } from "../free-port";
import { type StripeStandin, startStripeStandin } from "./server";

/** Where `npm run dev`'s stand-in keeps its charges, transfers and refunds between runs. */
export const DEV_STANDIN_DATA_FILE = ".data/stripe-standin.json";

/**
 * The Stripe a script reading the local (embedded) database should ask: Stripe itself or the stand-in
 * named in the environment; `npm run dev`'s stand-in when it is up; otherwise a stand-in started here,
 * on the state `npm run dev`'s kept, and pointed at through STRIPE_API_BASE. Null when nothing was started.
 */
export async function openLocalStripe(): Promise<StripeStandin | null> {
  if (process.env.STRIPE_SECRET_KEY || process.env.STRIPE_API_BASE) return null;
  if (!(await isPortFree(Number(new URL(DEFAULT_STANDIN_URL).port)))) return null;
  const standin = await startStripeStandin({ port: await freePort(), webhookSecret: STANDIN_WEBHOOK_SECRET, dataFile: DEV_STANDIN_DATA_FILE });
  process.env.STRIPE_API_BASE = standin.url;
  return standin;
}
