import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabaseOn } from "../../scripts/crash/fresh-database";
import { type ManagedProcess, managedProcess, nodeArgs } from "../../scripts/crash/processes";
import { endSessionsOf, holdRowLock, isWaitingForLock } from "../../scripts/crash/row-locks";
import { type GateAction, startStripeGate, transferMilestoneOf } from "../../scripts/crash/stripe-gate";

// Processes SIGKILLed at exact points, then another worker finishing their jobs: each effect happens
// once. The killed processes are real child processes (the job worker, an approval, a worker pass at
// a later clock); row locks and a gate in front of the Stripe stand-in stop each one where it dies.
// The run has a database of its own: its workers claim every due job, and killed, would hold them.

const DOOMED = "crash-doomed-process";
const SECOND = 1_000;

async function loadLib() {
  const [{ db }, { JOB_HANDLERS }, { runDueJobs }, { submitRequest }, { checkLedger }, { startFunding }, { stripe }, matching, payments] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/worker/job-handlers"),
    import("@/lib/jobs/run-due-jobs"),
    import("@/lib/requests/submit-request"),
    import("@/lib/payments/ledger-check"),
    import("@/lib/milestones/start-funding"),
    import("@/lib/stripe"),
    import("../fixtures/matching"),
    import("../fixtures/payments"),
  ]);
  /** Another worker, its clock past the lease (60 s) a killed worker left on its jobs. */
  const runLater = (workerId: string, afterMs: number) => runDueJobs({ workerId, now: new Date(Date.now() + afterMs), handlers: JOB_HANDLERS });
  return { db, runLater, submitRequest, checkLedger, startFunding, stripe, matching, payments };
}

let database: { url: string; drop: () => Promise<void> };
let lib: Awaited<ReturnType<typeof loadLib>>;
let sql: Client;
const output: string[] = [];
const children: ManagedProcess[] = [];

beforeAll(async () => {
  database = await createDatabaseOn(inject("databaseUrl"), "vetted_crash_recovery");
  process.env.DATABASE_URL = database.url; // before lib/db is first imported: the in-process "other worker" uses it too
  lib = await loadLib();
  sql = new Client({ connectionString: database.url });
  await sql.connect();
});

afterAll(async () => {
  for (const child of children) child.kill(); // a failed test may leave one waiting for a lock
  await sql?.end();
  await lib?.db.$disconnect();
  await database?.drop();
});

function doomed(name: string, args: string[], extraEnv: { STRIPE_API_BASE?: string } = {}) {
  const child = managedProcess({
    name,
    args,
    env: { ...process.env, DATABASE_URL: database.url, PGAPPNAME: DOOMED, WORKER_POLL_MS: "50", LOG_LEVEL: "info", ...extraEnv },
    log: (source, line) => output.push(`${source}: ${line}`),
  });
  children.push(child);
  return child;
}

async function until<T>(read: () => Promise<T>, what: string, timeoutMs = 15 * SECOND): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${output.slice(-20).join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function killAndClean(child: ManagedProcess) {
  child.kill();
  await child.exited();
  await endSessionsOf(database.url, DOOMED);
}

describe("a worker killed in a matching timer", () => {
  async function submittedRequest() {
    const { createApprovedExperts, createClient, createDraftRequest, createSkill } = lib.matching;
    const skill = await createSkill();
    const experts = await createApprovedExperts(skill.id, 7);
    const client = await createClient();
    const request = await createDraftRequest(client, skill.id);
    await lib.submitRequest({ user: client, requestId: request.id, now: new Date() });
    const job = async () =>
      (
        await sql.query<{ id: string; lockedBy: string | null; doneAt: Date | null; attempts: number }>(
          `SELECT id, "lockedBy", "doneAt", attempts FROM jobs WHERE kind = 'matching.invite-round' AND payload->>'requestId' = $1`,
          [request.id],
        )
      ).rows[0];
    return { requestId: request.id, experts, job };
  }

  async function expectInvitedOnce(requestId: string, expertIds: string[]) {
    const matches = await lib.db.match.findMany({ where: { requestId }, select: { expertProfile: { select: { userId: true } } } });
    expect(matches).toHaveLength(5);
    expect(new Set(matches.map((match) => match.expertProfile.userId)).size).toBe(5);
    expect(await lib.db.notification.count({ where: { kind: "invitation.received", userId: { in: expertIds } } })).toBe(5);
    expect(await lib.db.emailOutbox.count({ where: { dedupeKey: { startsWith: `invitation:${requestId}:` } } })).toBe(5);
  }

  it("before its effect commits: the next worker runs the round, once", async () => {
    const { requestId, experts, job } = await submittedRequest();
    const requestLock = await holdRowLock(database.url, "SELECT id FROM hiring_requests WHERE id = $1 FOR UPDATE", [requestId]);
    const worker = doomed("worker", nodeArgs.worker());
    await worker.start();
    const claimed = await until(async () => ((await job())?.lockedBy?.endsWith(`:${worker.pid()}`) ? job() : null), "the worker to claim the round");
    await until(() => isWaitingForLock(database.url, DOOMED), "the worker to wait inside the round");
    await killAndClean(worker);
    await requestLock.release();
    expect(await lib.db.match.count({ where: { requestId } })).toBe(0);
    expect(await job()).toMatchObject({ doneAt: null, attempts: 1, lockedBy: claimed.lockedBy });

    expect(await lib.runLater("worker-b", 30 * SECOND)).toBe(0); // its lease still holds
    expect(await lib.runLater("worker-b", 61 * SECOND)).toBeGreaterThan(0);
    expect(await job()).toMatchObject({ attempts: 2, lockedBy: "worker-b", doneAt: expect.any(Date) });
    await expectInvitedOnce(
      requestId,
      experts.map((expert) => expert.id),
    );
  });

  it("after its effect committed, before the job was marked done: the re-run invites nobody twice", async () => {
    const { requestId, experts, job } = await submittedRequest();
    const requestLock = await holdRowLock(database.url, "SELECT id FROM hiring_requests WHERE id = $1 FOR UPDATE", [requestId]);
    const worker = doomed("worker", nodeArgs.worker());
    await worker.start();
    const claimed = await until(async () => ((await job())?.lockedBy?.endsWith(`:${worker.pid()}`) ? job() : null), "the worker to claim the round");
    const jobLock = await holdRowLock(database.url, "SELECT id FROM jobs WHERE id = $1 FOR UPDATE", [claimed.id]);
    await requestLock.release();
    await until(async () => (await lib.db.match.count({ where: { requestId } })) === 5, "the round's invitations to commit");
    await until(() => isWaitingForLock(database.url, DOOMED), "the worker to be marking the job done");
    await killAndClean(worker);
    await jobLock.release();
    expect(await job()).toMatchObject({ doneAt: null, attempts: 1 });

    expect(await lib.runLater("worker-b", 61 * SECOND)).toBeGreaterThan(0);
    expect(await job()).toMatchObject({ attempts: 2, lockedBy: "worker-b", doneAt: expect.any(Date) });
    await expectInvitedOnce(
      requestId,
      experts.map((expert) => expert.id),
    );
  });
});

describe("a payout interrupted around its Stripe call", () => {
  it("an approval killed after Stripe paid, another before Stripe heard, a worker killed before it could record a payout: one transfer each, booked once", async () => {
    const { createFundableContract, eventually, markSubmitted, milestoneStatus, startPaymentHarness } = lib.payments;
    const harness = await startPaymentHarness();
    const plan = new Map<string, GateAction[]>();
    let onHeld = () => {};
    const gate = await startStripeGate({
      targetUrl: harness.standin.url,
      decide: (call) => plan.get(transferMilestoneOf(call) ?? "")?.shift() ?? "forward",
      onHeld: () => onHeld(),
    });
    /** Runs the child until the gate holds its Stripe call, then kills it there. */
    const dieAt = async (child: ManagedProcess) => {
      const held = new Promise<"held">((resolve) => (onHeld = () => resolve("held")));
      await child.start();
      const outcome = await Promise.race([held, child.exited().then(() => "ended" as const)]);
      if (outcome === "ended") throw new Error(`${child.name} ended before its Stripe call\n${output.slice(-20).join("\n")}`);
      await killAndClean(child);
    };
    try {
      const { client, contractId, milestoneIds } = await createFundableContract(harness, [50_000, 70_000]);
      const [first, second] = milestoneIds;
      for (const milestoneId of milestoneIds) {
        await harness.pay((await lib.startFunding({ user: client, milestoneId })).checkoutUrl);
        await eventually(async () => (await milestoneStatus(milestoneId)) === "FUNDED", "funding");
        await markSubmitted(milestoneId);
      }
      harness.setProcessing(false); // webhooks are stored and left to the job queue, as the route does
      const transfersAtStripe = async () => (await lib.stripe().transfers.list({ transfer_group: contractId, limit: 100 })).data;
      const transferRow = (milestoneId: string) =>
        lib.db.transfer.findFirstOrThrow({ where: { milestoneId }, select: { status: true, stripeTransferId: true } });
      const releases = () => lib.db.ledgerTransaction.count({ where: { contractId, kind: "release" } });
      const env = { STRIPE_API_BASE: gate.url };

      plan.set(first, ["hold-after"]);
      await dieAt(doomed("approval", nodeArgs.script("scripts/crash/approve-milestone.ts", client.id, first), env));
      expect(await milestoneStatus(first)).toBe("RELEASED");
      expect(await transferRow(first)).toEqual({ status: "PENDING", stripeTransferId: null });
      expect(await transfersAtStripe()).toHaveLength(1);

      plan.set(second, ["hold-before", "hold-after"]);
      await dieAt(doomed("approval", nodeArgs.script("scripts/crash/approve-milestone.ts", client.id, second), env));
      expect(await transferRow(second)).toEqual({ status: "PENDING", stripeTransferId: null });
      expect(await transfersAtStripe()).toHaveLength(1);
      expect(await releases()).toBe(0);

      // A worker a minute on takes the stored transfer.created webhook and both settle jobs (in no set
      // order); it dies once Stripe has made the second payout, before it could record it.
      await eventually(() => lib.db.stripeEvent.count({ where: { type: "transfer.created" } }), "the transfer.created webhook");
      await dieAt(
        doomed("worker pass", nodeArgs.script("scripts/crash/run-due-jobs.ts", "doomed-pass", new Date(Date.now() + 61 * SECOND).toISOString()), env),
      );
      expect((await transferRow(second)).status).toBe("PENDING");
      expect(await transfersAtStripe()).toHaveLength(2);

      await lib.runLater("worker-c", 125 * SECOND);
      const atStripe = await transfersAtStripe();
      expect(atStripe.map((transfer) => transfer.metadata.milestoneId).sort()).toEqual([...milestoneIds].sort());
      for (const milestoneId of milestoneIds) {
        const row = await transferRow(milestoneId);
        expect(row.status).toBe("PAID");
        expect(atStripe.find((transfer) => transfer.metadata.milestoneId === milestoneId)?.id).toBe(row.stripeTransferId);
      }
      expect(await releases()).toBe(2);
      const settleJobs = await lib.db.job.findMany({
        where: { kind: "payments.settle-milestone" },
        select: { payload: true, doneAt: true, failedAt: true, attempts: true },
      });
      expect(settleJobs.every((settle) => settle.doneAt && !settle.failedAt)).toBe(true);
      expect(settleJobs.find((settle) => (settle.payload as { milestoneId: string }).milestoneId === second)?.attempts).toBe(2);
      expect((await lib.checkLedger({ contractIds: [contractId] })).problems).toEqual([]);
    } finally {
      await gate.stop();
      await harness.stop();
    }
    // Three child processes start and are killed: seconds alone, a minute on a loaded 2-core machine.
  }, 90_000);
});
