import { db } from "@/lib/db";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { checkLedger } from "@/lib/payments/ledger-check";
import { ledgerReportLines } from "@/lib/payments/ledger-report-lines";
import { receiveStripeWebhook } from "@/lib/payments/webhooks";
import { STANDIN_WEBHOOK_SECRET, stripe } from "@/lib/stripe";
import { JOB_HANDLERS } from "@/lib/worker/job-handlers";
import { startStripeStandin } from "@/scripts/stripe-standin/server";
import { createAdmin } from "../../tests/fixtures/matching";
import { createFundableContract, payCheckout } from "../../tests/fixtures/payments";
import type { ChaosContract } from "./chaos-contract";
import { type ChaosWeek, checkHourlyWeeks, createChaosWeek, runWeekOperation } from "./hourly-weeks";
import { checkMismatchedSessions } from "./mismatched-payments";
import { checkMoneyDocuments } from "./money-documents";
import { runRandomOperation, type Tally } from "./operations";
import { checkSavedCardCharges, DECLINING_CARD, GOOD_CARD, saveChaosCard } from "./saved-card-charges";
import { startWebhookMangler } from "./webhook-mangler";

type Options = { operations: number; contractCount: number; random: () => number; standinPort: number; startWorker: () => void; killWorker: () => void };

const CONCURRENCY = 4;
const KILL_EVERY = 200;

export async function runChaos(options: Options) {
  const { random } = options;
  const mangler = await startWebhookMangler({
    random,
    forwardTo: async (body, signature) => void (await receiveStripeWebhook({ rawBody: body, signature })),
  });
  const standin = await startStripeStandin({ port: options.standinPort, webhookUrl: mangler.url, webhookSecret: STANDIN_WEBHOOK_SECRET });
  const control = async (path: string, body: unknown = {}) => {
    const response = await fetch(`${standin.url}/_standin/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`stand-in ${path}: ${response.status}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  const pay = (checkoutUrl: string, card: string) => payCheckout(standin.url, checkoutUrl, card, { acceptClosed: true });
  try {
    const admin = await createAdmin();
    // Trial payouts are paid from the platform's own balance, which a real platform keeps topped up.
    await stripe().topups.create({ amount: 100_000_000, currency: "usd", description: "Platform reserve for trial payouts" });
    const contracts: ChaosContract[] = [];
    for (let index = 0; index < options.contractCount; index++) {
      const amounts = Array.from({ length: 3 + Math.floor(random() * 3) }, () => 1_000 + Math.floor(random() * 199_000));
      const contract = await createFundableContract({ control }, amounts);
      // Most companies save a card that works; some one that declines every charge.
      await saveChaosCard(control, contract.client, random() < 0.7 ? GOOD_CARD : DECLINING_CARD);
      contracts.push(contract);
    }
    const weeks: ChaosWeek[] = [];
    for (let index = 0; index < Math.max(2, Math.round(options.contractCount / 4)); index++) weeks.push(await createChaosWeek(control, random));
    options.startWorker();
    const tally: Tally = {};
    const mismatchedSessions: string[] = [];
    let workerKills = 0;
    for (let done = 0; done < options.operations; done += CONCURRENCY) {
      await Promise.all([
        ...Array.from({ length: CONCURRENCY }, () => runRandomOperation(contracts, admin, random, pay, tally, mismatchedSessions, control)),
        runWeekOperation(weeks, random),
      ]);
      if ((done + CONCURRENCY) % KILL_EVERY < CONCURRENCY) {
        options.killWorker();
        workerKills++;
        options.startWorker();
      }
    }
    options.killWorker();
    await mangler.flush();
    await drain();
    const report = await checkLedger();
    const mismatched = await checkMismatchedSessions(mismatchedSessions);
    const documents = await checkMoneyDocuments();
    const charges = await checkSavedCardCharges();
    const hourly = await checkHourlyWeeks(weeks);
    const ledgerLines = [
      `Mismatched sessions paid: ${mismatched.paid}; held for review ${mismatched.held}, refunded by an admin ${mismatched.refunded}`,
      ...ledgerReportLines(report),
      ...mismatched.problems.map((problem) => `DIFFERENCE: ${problem}`),
      `Money documents: ${documents.receipts} receipts, ${documents.creditNotes} credit notes`,
      ...documents.problems.map((problem) => `DIFFERENCE: ${problem}`),
      `Saved-card charges: ${charges.attempts} attempts, ${charges.succeeded} succeeded, ${charges.declined} declined`,
      ...charges.problems.map((problem) => `DIFFERENCE: ${problem}`),
      `Hourly weeks: ${hourly.weeks} closed, ${hourly.billed} billed, ${hourly.released} released`,
      ...hourly.problems.map((problem) => `DIFFERENCE: ${problem}`),
    ];
    const operations = Object.values(tally).reduce((sum, entry) => sum + entry.tried, 0);
    return {
      operations,
      tally,
      workerKills,
      webhooksDelivered: mangler.delivered(),
      ledgerLines,
      differences: report.problems.length + mismatched.problems.length + documents.problems.length + charges.problems.length + hourly.problems.length,
    };
  } finally {
    await standin.stop();
    await mangler.stop();
    await db.$disconnect();
  }
}

/**
 * After the run: a worker of our own takes over (its clock ten minutes on, past every lease the killed
 * workers left) and runs jobs until every webhook is processed, no payout or refund is pending and
 * every receipt and credit note is drawn.
 */
async function drain() {
  for (let round = 0; round < 60; round++) {
    await runDueJobs({ workerId: "chaos-drain", now: new Date(Date.now() + 10 * 60_000), handlers: JOB_HANDLERS });
    const [events, transfers, refunds, trialPayouts, documents] = await Promise.all([
      db.stripeEvent.count({ where: { processedAt: null } }),
      db.transfer.count({ where: { status: "PENDING" } }),
      db.refund.count({ where: { status: "PENDING" } }),
      db.trialPayout.count({ where: { status: "PENDING" } }),
      db.job.count({ where: { kind: "documents.render-invoice", status: "QUEUED" } }),
    ]);
    if (!events && !transfers && !refunds && !trialPayouts && !documents) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
