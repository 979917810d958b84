import { mkdirSync, writeFileSync } from "node:fs";
import { db } from "@/lib/db";
import { type CrashHarness, WORKER_LEASE_MS as LEASE_MS, startCrashHarness } from "./harness";
import { checkMatching, isMatchingSettled } from "./matching-checks";
import { driveExperts, prepareRequests } from "./matching-crashes";
import { checkPayouts } from "./payment-checks";
import { isPayoutSettled, preparePayouts, releaseWithCrashes, untilAll } from "./payment-crashes";
import { sleep } from "./processes";
import { type Random, seededRandom } from "./random";
import { exerciseErrorPaths, findSecrets, secretPatterns } from "./secret-scan";

// The crash test's two phases against one app, worker and Stripe stand-in, then the secret scan.
// Every wait is bounded by time; every kill loop by a count.

export type CrashOptions = {
  requests: number;
  contracts: number;
  milestones: number;
  seed: number;
  appPort: number;
  standinPort: number;
  databaseUrl: string;
  authSecret: string;
  matching: { windowMs: number; invitationTtlMs: number; atRiskLeadMs: number };
};

const SETTLE_DELAY_MS = 60_000; // lib/payments/queue-settlement.ts: the settle job's first run
const money = (cents: number) => (cents / 100).toFixed(2);

/** The app is killed every few seconds while `isBusy()`, at most `limit` times. */
async function killAppNowAndThen(harness: CrashHarness, random: Random, isBusy: () => boolean, limit: number) {
  for (let kills = 0; kills < limit && isBusy(); kills++) {
    await sleep(random.between(2_000, 6_000));
    if (isBusy()) harness.supervisor.killApp();
  }
}

async function runMatchingPhase(harness: CrashHarness, options: CrashOptions, random: Random) {
  const context = { appUrl: harness.appUrl, random, supervisor: harness.supervisor, onAnswer: harness.onAnswer, runId: options.seed.toString(36) };
  const prepared = await prepareRequests(context, options.requests);
  const runs = prepared.map((entry) => entry.run);
  const { windowMs, invitationTtlMs } = options.matching;
  // Long enough for every timer of the window, two rounds of expiries and a lease expiry on each path.
  const limitMs = windowMs + 2 * invitationTtlMs + 3 * LEASE_MS + 60_000;
  const deadline = Date.now() + limitMs;
  harness.supervisor.huntLeases({ probability: 0.35, maxPerKind: 2, maxDelayMs: 20 });
  let isBusy = true;
  const killing = killAppNowAndThen(harness, random, () => isBusy, 20);
  await Promise.all(prepared.map((entry) => driveExperts(context, entry, deadline)));
  const violations: string[] = [];
  try {
    await untilAll("matching did not settle (every timer job done)", Math.max(0, deadline - Date.now()), () => isMatchingSettled(runs));
  } catch (error) {
    violations.push(String(error));
  }
  isBusy = false;
  harness.supervisor.huntLeases(null);
  await killing;
  const checked = await checkMatching(runs);
  return { ...checked, violations: [...violations, ...checked.violations] };
}

async function runPayoutPhase(harness: CrashHarness, options: CrashOptions, random: Random) {
  await harness.supervisor.waitUntilRunning();
  const { contracts, fundingErrors } = await preparePayouts({ harness, random }, options.contracts, options.milestones);
  const runs = await releaseWithCrashes({ harness, random }, contracts);
  const violations: string[] = [];
  if (fundingErrors.join() !== "503") violations.push(`the dropped Checkout call answered ${fundingErrors.join(", ") || "nothing"}, not one 503`);
  try {
    await untilAll("payouts did not settle (pending transfers, settle jobs or webhooks left)", SETTLE_DELAY_MS + 3 * LEASE_MS + 60_000, () =>
      isPayoutSettled(runs.map((run) => run.milestoneId)),
    );
  } catch (error) {
    violations.push(String(error));
  }
  const checked = await checkPayouts(runs);
  const transferCalls = { app: harness.gates.app.calls(), worker: harness.gates.worker.calls() };
  const countTransfers = (calls: typeof transferCalls.app) => calls.filter((call) => call.method === "POST" && call.path === "/v1/transfers").length;
  return {
    ...checked,
    violations: [...violations, ...checked.violations],
    transferCalls: { app: countTransfers(transferCalls.app), worker: countTransfers(transferCalls.worker) },
  };
}

export async function runCrashTest(options: CrashOptions) {
  const random = seededRandom(options.seed);
  const harness = await startCrashHarness({
    appPort: options.appPort,
    standinPort: options.standinPort,
    databaseUrl: options.databaseUrl,
    authSecret: options.authSecret,
    random,
    matchingEnv: {
      MATCH_WINDOW_MS: String(options.matching.windowMs),
      MATCH_INVITATION_TTL_MS: String(options.matching.invitationTtlMs),
      MATCH_AT_RISK_LEAD_MS: String(options.matching.atRiskLeadMs),
    },
  });
  const lines: string[] = [];
  const violations: string[] = [];
  const notes: string[] = [];
  try {
    const matching = await runMatchingPhase(harness, options, random);
    const afterMatching = harness.supervisor.stats();
    await harness.supervisor.waitUntilRunning();
    const errorPaths = await exerciseErrorPaths(harness.appUrl, harness.onAnswer);
    const payouts = await runPayoutPhase(harness, options, random);
    const kills = harness.supervisor.stats();
    const m = matching.tally;
    lines.push(
      `matching: ${m.requests} requests → ${m.matchedEarly} matched by acceptances, ${m.matchedAtDeadline} at the deadline, ${m.breached} SLA breaches; ${m.invitations} invitations to ${m.invitations} experts, one notice and email each`,
      `  timers: ${m.timerJobs} jobs, one per timer, all done, none failed; ${m.rerunJobs} were cut off by a kill and ran again after their lease, changing nothing twice; ${m.answersLostToCrashes} expert answers retried through a crash`,
      `  kills: app ${afterMatching.appKills}, worker ${afterMatching.workerKills} (${afterMatching.workerKillsMidJob} mid-job: ${
        Object.entries(afterMatching.interruptedJobKinds)
          .map(([kind, count]) => `${kind} ${count}`)
          .join(", ") || "none"
      })`,
      `payouts: ${payouts.tally.milestones} milestones released → ${payouts.tally.stripeTransfers} Stripe transfers (one each); transfer calls: app ${payouts.transferCalls.app}, worker ${payouts.transferCalls.worker}; ${payouts.tally.approvalsLostToCrashes} approvals lost to a crash and refused (409) on retry`,
      `  kills: app ${kills.appKills - afterMatching.appKills}, worker ${kills.workerKills - afterMatching.workerKills}`,
      ...payouts.tally.ledger.totals.map(
        (total) =>
          `  ledger ${total.currency}: funded ${money(total.fundedCents)}, released ${money(total.releasedCents)} (fees ${money(total.feesCents)}), held ${money(total.heldCents)}; ledger:check ${payouts.tally.ledger.problems.length} problems`,
      ),
    );
    violations.push(...matching.violations, ...errorPaths, ...payouts.violations);
    notes.push(...matching.notes);
  } finally {
    await harness.stop();
    await db.$disconnect();
    mkdirSync(".data", { recursive: true });
    writeFileSync(".data/crash-test.log", `${harness.logs.join("\n")}\n`);
  }
  const secrets = findSecrets(
    [
      { name: "a log line", texts: harness.logs },
      { name: "an API answer", texts: harness.answers.map((answer) => answer.text) },
    ],
    secretPatterns(options.authSecret),
  );
  lines.push(
    `logs: ${harness.logs.length} lines from the app server and the worker, ${harness.answers.length} API answers: ${secrets.length ? `${secrets.length} with a secret` : "no password hash, argon2 hash, auth secret, Stripe key, password or session token"}`,
  );
  violations.push(...secrets.slice(0, 20));
  return { lines, violations, notes };
}
