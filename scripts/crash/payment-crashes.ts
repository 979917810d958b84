import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { submitMilestone } from "@/lib/milestones/submit-milestone";
import { createFundableContract, payCheckout } from "../../tests/fixtures/payments";
import { type ApiClient, apiClient } from "./api-client";
import type { CrashHarness } from "./harness";
import { EXPERT_PASSWORD } from "./matching-crashes";
import { sleep } from "./processes";
import type { Random } from "./random";

// Phase two: milestones released through the real app while the app and the worker are SIGKILLed
// between the approval and the transfer — before Stripe receives the transfer, or after Stripe made it
// but before we heard — and the settle jobs and webhooks finish the job after the restarts.

export const PAYOUT_CRASHES = [
  "app dies before Stripe",
  "app dies after Stripe",
  "app and worker die before Stripe, the worker again after Stripe",
  "app dies after Stripe, the worker before Stripe",
  "double click, no crash",
] as const;
export type PayoutCrash = (typeof PAYOUT_CRASHES)[number];

export type MilestoneRun = { contractId: string; milestoneId: string; crash: PayoutCrash; approvals: { status: number; retries: number }[] };
export type PayoutContract = { client: ApiClient; contractId: string; milestoneIds: string[] };

const SUCCEEDS = "4242424242424242";

type Context = { harness: CrashHarness; random: Random };

async function untilAll(what: string, timeoutMs: number, isDone: () => Promise<boolean>) {
  const deadline = Date.now() + timeoutMs;
  while (!(await isDone())) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

/** Contracts with funded, submitted milestones, funded through the app (its first Checkout call dropped). */
export async function preparePayouts({ harness }: Context, contractCount: number, milestonesPerContract: number) {
  const control = async (path: string, body: unknown = {}) => {
    const response = await fetch(`${harness.standin.url}/_standin/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`stand-in ${path}: ${response.status}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  const contracts: PayoutContract[] = [];
  const fundingErrors: number[] = [];
  const submissions: (() => Promise<unknown>)[] = [];
  // Two: after a dropped connection the Stripe SDK sends a request once more by itself (maxNetworkRetries 0 notwithstanding).
  harness.plans.checkoutResets = 2;
  for (let index = 0; index < contractCount; index++) {
    const amounts = Array.from({ length: milestonesPerContract }, (_, position) => 10_000 + 7_919 * (index * milestonesPerContract + position));
    const { client, expert, contractId, milestoneIds } = await createFundableContract({ control }, amounts);
    const api = apiClient({ baseUrl: harness.appUrl, onAnswer: harness.onAnswer });
    await api.signIn(client.email, EXPERT_PASSWORD);
    for (const milestoneId of milestoneIds) {
      let started = await api.call("POST", `/api/v1/milestones/${milestoneId}/fund`, { json: {} });
      if (started.status !== 200) {
        fundingErrors.push(started.status); // the dropped Checkout call: an answer a person can retry
        started = await api.call("POST", `/api/v1/milestones/${milestoneId}/fund`, { json: {} });
      }
      if (started.status !== 200) throw new Error(`fund ${milestoneId}: ${started.status} ${started.text}`);
      await payCheckout(harness.standin.url, (started.body as { checkoutUrl: string }).checkoutUrl, SUCCEEDS);
      submissions.push(() =>
        submitMilestone({ user: expert, milestoneId, input: { note: "Delivered: see the pull request.", links: [], fileIds: [] }, now: new Date() }),
      );
    }
    contracts.push({ client: api, contractId, milestoneIds });
  }
  const milestoneIds = contracts.flatMap((contract) => contract.milestoneIds);
  const funded = () => db.milestone.count({ where: { id: { in: milestoneIds }, status: "FUNDED" } });
  await untilAll("milestones were not funded (webhooks to the app, then the worker)", 90_000, async () => (await funded()) === milestoneIds.length);
  for (const submit of submissions) await submit();
  return { contracts, fundingErrors };
}

/** Sets up the gates for a milestone's crash: which Stripe calls are held, and who dies when they are. */
function planCrash(harness: CrashHarness, milestoneId: string, crash: PayoutCrash) {
  const { transfers } = harness.plans;
  if (crash === "app dies before Stripe") transfers.app.set(milestoneId, ["hold-before"]);
  if (crash === "app dies after Stripe") transfers.app.set(milestoneId, ["hold-after"]);
  if (crash === "app and worker die before Stripe, the worker again after Stripe") {
    transfers.app.set(milestoneId, ["hold-before"]);
    transfers.worker.set(milestoneId, ["hold-after"]);
  }
  if (crash === "app dies after Stripe, the worker before Stripe") {
    transfers.app.set(milestoneId, ["hold-after"]);
    transfers.worker.set(milestoneId, ["hold-before"]);
  }
}

export async function releaseWithCrashes({ harness }: Context, contracts: PayoutContract[]) {
  const runs: MilestoneRun[] = [];
  const killWorkerToo = new Set<string>();
  harness.plans.onHeld.app = (milestoneId) => {
    harness.supervisor.killApp();
    if (killWorkerToo.has(milestoneId)) void harness.supervisor.killWorker();
  };
  harness.plans.onHeld.worker = () => void harness.supervisor.killWorker();
  let position = 0;
  for (const contract of contracts) {
    for (const milestoneId of contract.milestoneIds) {
      const crash = PAYOUT_CRASHES[position++ % PAYOUT_CRASHES.length];
      planCrash(harness, milestoneId, crash);
      if (crash.startsWith("app and worker")) killWorkerToo.add(milestoneId);
      await harness.supervisor.waitUntilRunning();
      const approve = () => contract.client.call("POST", `/api/v1/milestones/${milestoneId}/approve`, { json: {} });
      const answers = crash === "double click, no crash" ? await Promise.all([approve(), approve()]) : [await approve()];
      runs.push({ contractId: contract.contractId, milestoneId, crash, approvals: answers.map(({ status, retries }) => ({ status, retries })) });
    }
  }
  return runs;
}

/** Settled: no payout pending, every settle job done, every stored webhook processed. */
export async function isPayoutSettled(milestoneIds: string[]) {
  const [pending, events, [{ open }]] = await Promise.all([
    db.transfer.count({ where: { milestoneId: { in: milestoneIds }, status: "PENDING" } }),
    db.stripeEvent.count({ where: { processedAt: null } }),
    db.$queryRaw<[{ open: bigint }]>(Prisma.sql`
      SELECT count(*) AS open FROM jobs WHERE kind IN ('payments.settle-milestone', 'stripe.process-event') AND "doneAt" IS NULL AND "failedAt" IS NULL`),
  ]);
  return pending === 0 && events === 0 && Number(open) === 0;
}

export { untilAll };
