import { type ChildProcess, spawn } from "node:child_process";
import { STANDIN_WEBHOOK_SECRET } from "../lib/stripe";
import { freePort, isPortFree } from "./free-port";
import { openLocalDatabase } from "./postgres/local-database";
import { applyMigrations } from "./postgres/migrate";
import { describeFailure } from "./run-script";
import { DEV_STANDIN_DATA_FILE } from "./stripe-standin/local-standin";
import { startStripeStandin } from "./stripe-standin/server";

// `npm run dev`: the embedded PostgreSQL (unless DATABASE_URL is set), migrations, the idempotent
// demo seed, the Stripe stand-in (unless STRIPE_SECRET_KEY is set), then the app server in development
// mode (Next's dev server behind the API router) and the job worker, each restarted when its code
// changes. Ctrl-C stops everything, the database last.

async function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { stdio: "inherit", env });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`${args.at(-1)} exited with ${code}.`);
}

/**
 * The port named by `variable`, which must be free; or the default, or — when something already
 * listens there — another free one, said out loud.
 */
async function choosePort(variable: string, fallback: number) {
  const chosen = process.env[variable];
  if (chosen) {
    if (!(await isPortFree(Number(chosen), "0.0.0.0")))
      throw new Error(`${variable}=${chosen} is already in use: stop what listens there or choose another port.`);
    return String(chosen);
  }
  if (await isPortFree(fallback, "0.0.0.0")) return String(fallback);
  const port = await freePort("0.0.0.0");
  console.log(`Port ${fallback} is busy; using ${port} instead (set ${variable} to choose).`);
  return String(port);
}

async function main() {
  const database = await openLocalDatabase();
  const port = await choosePort("PORT", 3000);
  // Without Stripe keys, payments go to the local stand-in: its card page and signed webhooks.
  const stripeStandin = process.env.STRIPE_SECRET_KEY
    ? null
    : await startStripeStandin({
        port: Number(await choosePort("STRIPE_STANDIN_PORT", 12111)),
        webhookUrl: `http://localhost:${port}/api/webhooks/stripe`,
        webhookSecret: STANDIN_WEBHOOK_SECRET,
        dataFile: DEV_STANDIN_DATA_FILE,
      });
  if (stripeStandin) console.log(`Stripe stand-in on ${stripeStandin.url} (test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined)`);
  const env = {
    ...process.env,
    ...(stripeStandin && { STRIPE_API_BASE: stripeStandin.url, STRIPE_WEBHOOK_SECRET: STANDIN_WEBHOOK_SECRET }),
    DATABASE_URL: database.url,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const children: ChildProcess[] = [];
  let isStopping = false;
  const stop = async (code = 0) => {
    if (isStopping) return;
    isStopping = true;
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.once("exit", r)) : null)));
    await stripeStandin?.stop();
    await database.server?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());

  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    await runToEnd(process.execPath, [require.resolve("tsx/cli"), "scripts/db-seed.ts"], env);
  } catch (error) {
    console.error(describeFailure(error));
    await stop(1);
  }

  // Next reloads pages itself; `tsx watch` restarts the server when a file it imported changes (the API
  // router and the lib/ it calls), and the worker when its job handlers do.
  const watch = (script: string, ...args: string[]) =>
    spawn(process.execPath, [require.resolve("tsx/cli"), "watch", "--clear-screen=false", script, ...args], { stdio: "inherit", env });
  const next = watch("scripts/server.ts", "--dev", "--port", port);
  const worker = watch("scripts/worker.ts");
  children.push(next, worker);
  next.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error) => {
  console.error(describeFailure(error));
  process.exit(1);
});
