import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { STANDIN_WEBHOOK_SECRET } from "@/lib/stripe";
import { startStripeStandin } from "../stripe-standin/server";
import { assertPortFree, managedProcess, nodeArgs, waitForHttp, waitForLine } from "./processes";
import type { Random } from "./random";
import { type GateAction, type GateCall, startStripeGate, transferMilestoneOf } from "./stripe-gate";
import { startSupervisor } from "./supervisor";

// Everything a crash run needs: the real app server and a real worker on the run's database, the Stripe
// stand-in delivering webhooks to the app, a gate in front of Stripe for each of the two processes,
// and a supervisor that restarts whichever is killed. Every log line and API answer is kept for the
// secret scan.

export const DIST_DIR = ".next-crash";
/** Shorter than production's minute so that a killed worker's jobs are taken over sooner. */
export const WORKER_LEASE_MS = 20_000;

/** Which of the next transfer calls for a milestone each gate holds, and what happens when one is held. */
export type GatePlans = {
  transfers: { app: Map<string, GateAction[]>; worker: Map<string, GateAction[]> };
  /** Connections of the app's next Checkout Session creations to drop (an error path). */
  checkoutResets: number;
  onHeld: { app: (milestoneId: string) => void; worker: (milestoneId: string) => void };
};

type Options = { appPort: number; standinPort: number; databaseUrl: string; authSecret: string; matchingEnv: Record<string, string>; random: Random };

/**
 * `next build` into DIST_DIR. Next adds the folder's generated types to tsconfig.json's include list when
 * they are missing; the original file is put back, since the list belongs to the repository (see the report).
 */
export function buildApp() {
  const tsconfig = readFileSync("tsconfig.json");
  try {
    const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) throw new Error(`next build failed (${result.status})`);
  } finally {
    if (!readFileSync("tsconfig.json").equals(tsconfig)) writeFileSync("tsconfig.json", tsconfig);
  }
}

export const hasBuild = () => existsSync(`${DIST_DIR}/BUILD_ID`);

export async function startCrashHarness(options: Options) {
  const logs: string[] = [];
  const answers: { path: string; text: string }[] = [];
  const appUrl = `http://localhost:${options.appPort}`;
  await assertPortFree(options.appPort);
  const standin = await startStripeStandin({ port: options.standinPort, webhookUrl: `${appUrl}/api/webhooks/stripe`, webhookSecret: STANDIN_WEBHOOK_SECRET });
  const plans: GatePlans = { transfers: { app: new Map(), worker: new Map() }, checkoutResets: 0, onHeld: { app: () => {}, worker: () => {} } };
  const nextTransferAction = (plan: Map<string, GateAction[]>, call: GateCall) => plan.get(transferMilestoneOf(call) ?? "")?.shift() ?? "forward";
  const appGate = await startStripeGate({
    targetUrl: standin.url,
    decide: (call) => {
      if (call.method === "POST" && call.path.startsWith("/v1/checkout/sessions") && plans.checkoutResets > 0) {
        plans.checkoutResets--;
        return "reset";
      }
      return nextTransferAction(plans.transfers.app, call);
    },
    onHeld: (call) => plans.onHeld.app(transferMilestoneOf(call) ?? ""),
  });
  const workerGate = await startStripeGate({
    targetUrl: standin.url,
    decide: (call) => nextTransferAction(plans.transfers.worker, call),
    onHeld: (call) => plans.onHeld.worker(transferMilestoneOf(call) ?? ""),
  });
  const common: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.matchingEnv,
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_URL: appUrl,
    NEXTAUTH_SECRET: options.authSecret,
    TWO_FACTOR_ENCRYPTION_KEY: createHash("sha256").update(`two-factor:${options.authSecret}`).digest("hex"),
    STRIPE_WEBHOOK_SECRET: STANDIN_WEBHOOK_SECRET,
    SECURE_COOKIES: "false",
    UNSAFE_STAGING_WITH_LOCAL_SERVICES: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // Everything the app and the worker can log, to search it for secrets.
    LOG_LEVEL: "trace",
  };
  const log = (source: string, line: string) => logs.push(`${source}: ${line}`);
  const app = managedProcess({
    name: "app",
    args: nodeArgs.appServer(options.appPort),
    env: { ...common, NODE_ENV: "production", NEXT_DIST_DIR: DIST_DIR, STRIPE_API_BASE: appGate.url },
    log,
    waitUntilReady: waitForHttp(`${appUrl}/api/health`, 60_000),
  });
  const worker = managedProcess({
    name: "worker",
    args: nodeArgs.worker(),
    env: { ...common, STRIPE_API_BASE: workerGate.url, WORKER_POLL_MS: "100", WORKER_LEASE_MS: String(WORKER_LEASE_MS) },
    log,
    waitUntilReady: waitForLine(/worker started/, 30_000),
  });
  await Promise.all([app.start(), worker.start()]);
  const supervisor = startSupervisor({ app, worker, random: options.random, log: (line) => log("supervisor", line) });
  return {
    appUrl,
    standin,
    plans,
    gates: { app: appGate, worker: workerGate },
    supervisor,
    logs,
    answers,
    onAnswer: (path: string, text: string) => void answers.push({ path, text }),
    async stop() {
      await supervisor.stop();
      await Promise.all([app.stop(), worker.stop()]);
      await Promise.all([appGate.stop(), workerGate.stop()]);
      await standin.stop();
    },
  };
}

export type CrashHarness = Awaited<ReturnType<typeof startCrashHarness>>;
