import { describeFailure } from "../run-script";
import { startStripeStandin } from "./server";

// `npx tsx scripts/stripe-standin/main.ts`: the Stripe stand-in for local development.
async function main() {
  const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!webhookSecret) {
    console.error("STRIPE_WEBHOOK_SECRET is required (any string, e.g. whsec_dev); the app verifies webhooks with it.");
    process.exit(1);
  }
  const port = Number(process.env.STRIPE_STANDIN_PORT ?? 12111);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`STRIPE_STANDIN_PORT must be a port number, got "${process.env.STRIPE_STANDIN_PORT}".`);
    process.exit(1);
  }
  const webhookUrl = process.env.STRIPE_WEBHOOK_URL || undefined;
  const standin = await startStripeStandin({ port, webhookSecret, webhookUrl, dataFile: process.env.STRIPE_STANDIN_DATA || undefined }).catch(
    (error: unknown) => {
      const isBusy = (error as { code?: unknown }).code === "EADDRINUSE";
      throw isBusy
        ? new Error(`Port ${port} is already in use (npm run dev runs a stand-in there): stop what listens there, or set STRIPE_STANDIN_PORT.`)
        : error;
    },
  );
  console.log(`Stripe stand-in listening on ${standin.url}`);
  console.log(webhookUrl ? `Delivering webhooks to ${webhookUrl}` : "STRIPE_WEBHOOK_URL not set: events are stored, not delivered");

  let isStopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (isStopping) return;
    isStopping = true;
    console.log(`Stripe stand-in stopping (${signal})`);
    standin.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Stripe stand-in did not stop cleanly: ${describeFailure(error)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`Stripe stand-in failed to start: ${describeFailure(error)}`);
  process.exit(1);
});
