import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClientDashboard } from "@/lib/dashboards/get-client-dashboard";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { scheduleAutoRelease } from "@/lib/milestones/auto-release";
import { runAutoRelease, sendReleaseReminder } from "@/lib/milestones/auto-release-jobs";
import { openDispute } from "@/lib/milestones/open-dispute";
import { approveMilestone } from "@/lib/milestones/release-milestone";
import { resolveDispute } from "@/lib/milestones/resolve-dispute";
import { startFunding } from "@/lib/milestones/start-funding";
import { checkLedger, SETTLE_GRACE_MS } from "@/lib/payments/ledger-check";
import { moneySummary } from "@/lib/payments/money-summary";
import { queueSettlement } from "@/lib/payments/queue-settlement";
import { settleMilestone } from "@/lib/payments/settle-milestone";
import { sendTransfer } from "@/lib/payments/stripe-money-calls";
import { processStripeEvent, receiveStripeWebhook } from "@/lib/payments/webhooks";
import { STANDIN_WEBHOOK_SECRET, stripe } from "@/lib/stripe";
import { createAdmin } from "../fixtures/matching";
import { createFundableContract, eventually, markSubmitted, milestoneStatus, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";

let harness: PaymentHarness;
beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => {
  await harness.stop();
});

const DAY_MS = 86_400_000;
const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));

async function fund(contract: Awaited<ReturnType<typeof createFundableContract>>, index = 0) {
  const { checkoutUrl } = await startFunding({ user: contract.client, milestoneId: contract.milestoneIds[index] });
  await harness.pay(checkoutUrl);
  await eventually(async () => (await milestoneStatus(contract.milestoneIds[index])) === "FUNDED", "funding");
}

/** Signs an event as Stripe would and hands it to the webhook path, then to the worker's processing. */
async function deliver(event: { id: string }) {
  const payload = JSON.stringify(event);
  const signature = stripe().webhooks.generateTestHeaderString({ payload, secret: STANDIN_WEBHOOK_SECRET });
  await receiveStripeWebhook({ rawBody: payload, signature });
  await processStripeEvent(event.id);
}

describe("webhooks", () => {
  it("reach the same final state when every event is delivered twice and in reverse order", async () => {
    const contract = await createFundableContract(harness, [70_000]);
    harness.setProcessing(false);
    await harness.control("webhooks", { paused: true });
    try {
      const { checkoutUrl } = await startFunding({ user: contract.client, milestoneId: contract.milestoneIds[0] });
      await harness.pay(checkoutUrl, "4000000000000002");
      await harness.pay(checkoutUrl);
      const session = checkoutUrl.split("/").at(-1)!;
      const events = (await stripe().events.list({ limit: 100 })).data.filter(
        (event) => JSON.stringify(event.data.object).includes(session) || JSON.stringify(event.data.object).includes(contract.milestoneIds[0]),
      );
      expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(["checkout.session.completed", "payment_intent.payment_failed"]));
      for (const event of [...events, ...events]) await deliver(event); // newest first, as the list gives them, twice
    } finally {
      harness.setProcessing(true);
      await harness.control("webhooks", { paused: false });
    }
    expect(await milestoneStatus(contract.milestoneIds[0])).toBe("FUNDED");
    expect(await db.payment.count({ where: { milestoneId: contract.milestoneIds[0], status: "SUCCEEDED" } })).toBe(1);
    expect(await db.ledgerTransaction.count({ where: { milestoneId: contract.milestoneIds[0], kind: "funding" } })).toBe(1);
    expect((await checkLedger({ contractIds: [contract.contractId] })).problems).toEqual([]);
  });

  it("refuses a tampered or unsigned body and stores nothing", async () => {
    const payload = JSON.stringify({ id: "evt_forged_1", type: "checkout.session.completed", data: { object: {} } });
    const signature = stripe().webhooks.generateTestHeaderString({ payload, secret: "whsec_wrong" });
    expect(codeOf(await receiveStripeWebhook({ rawBody: payload, signature }).catch((error) => error))).toBe("BAD_REQUEST");
    expect(codeOf(await receiveStripeWebhook({ rawBody: payload, signature: null }).catch((error) => error))).toBe("BAD_REQUEST");
    expect(await db.stripeEvent.count({ where: { id: "evt_forged_1" } })).toBe(0);
  });
});

describe("a crash between the Stripe call and our database write", () => {
  it("is completed by the retry with the same idempotency key: one transfer, booked once", async () => {
    const contract = await createFundableContract(harness, [80_000]);
    const [milestoneId] = contract.milestoneIds;
    await fund(contract);
    await markSubmitted(milestoneId);
    const payment = await db.payment.findFirstOrThrow({ where: { milestoneId, status: "SUCCEEDED" }, select: { id: true, stripeChargeId: true } });
    harness.setProcessing(false); // the settle job waits, as it would after the crash
    // The release decision committed, then the process called Stripe and died before writing the answer.
    await db.$transaction(async (tx) => {
      await tx.milestone.update({ where: { id: milestoneId }, data: { status: "RELEASED", releasedAt: new Date(), releasedCents: 80_000 } });
      await queueSettlement(
        tx,
        { id: milestoneId, currency: "USD", platformFeeBps: 1000, paymentId: payment.id },
        { releaseCents: 80_000, refundCents: 0, refundReason: "" },
        new Date(),
      );
    });
    const pending = await db.transfer.findFirstOrThrow({
      where: { milestoneId },
      select: { id: true, idempotencyKey: true, amountCents: true, currency: true },
    });
    const profile = await db.expertProfile.findUniqueOrThrow({ where: { id: contract.expert.expertProfileId! }, select: { stripeAccountId: true } });
    const milestone = await db.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { title: true } });
    const sentBeforeCrash = await sendTransfer(pending, {
      milestoneId,
      milestoneTitle: milestone.title,
      contractId: contract.contractId,
      chargeId: payment.stripeChargeId!,
      destination: profile.stripeAccountId!,
    });
    expect(await db.transfer.findFirstOrThrow({ where: { milestoneId }, select: { status: true } })).toEqual({ status: "PENDING" });
    // Until the settle job books it, the transfer is in flight, not a difference — unless it stays unbooked too long.
    const beforeSettle = await checkLedger({ contractIds: [contract.contractId] });
    expect(beforeSettle.problems).toEqual([]);
    expect(beforeSettle.inFlight).toEqual([expect.stringContaining(sentBeforeCrash.id)]);
    const muchLater = new Date(Date.now() + SETTLE_GRACE_MS + 60_000);
    const stuck = await checkLedger({ contractIds: [contract.contractId] }, muchLater);
    expect(stuck.problems).toEqual([expect.stringContaining(`${sentBeforeCrash.id} (72000) was made for our transfer ${pending.id} but is still not booked`)]);
    expect(stuck.inFlight).toEqual([]);
    harness.setProcessing(true);

    await settleMilestone(milestoneId); // the retry job
    await settleMilestone(milestoneId); // and once more for good measure
    const transfer = await db.transfer.findFirstOrThrow({ where: { milestoneId }, select: { status: true, stripeTransferId: true } });
    expect(transfer).toEqual({ status: "PAID", stripeTransferId: sentBeforeCrash.id });
    expect((await stripe().transfers.list({ transfer_group: contract.contractId, limit: 10 })).data).toHaveLength(1);
    expect(await db.ledgerTransaction.count({ where: { milestoneId, kind: "release" } })).toBe(1);
    const settled = await checkLedger({ contractIds: [contract.contractId] });
    expect(settled.problems).toEqual([]);
    expect(settled.inFlight).toEqual([]);
  });
});

describe("disputes", () => {
  it("freeze release; an admin's split is a partial transfer plus a partial refund of the same charge, to the cent", async () => {
    const contract = await createFundableContract(harness, [100_001]);
    const [milestoneId] = contract.milestoneIds;
    const admin = await createAdmin();
    await fund(contract);
    await markSubmitted(milestoneId);
    const { disputeId } = await openDispute({ user: contract.expert, milestoneId, input: { reason: "The client stopped answering after the delivery." } });
    expect(codeOf(await approveMilestone({ user: contract.client, milestoneId, now: new Date() }).catch((error) => error))).toBe("CONFLICT");
    expect(
      codeOf(await resolveDispute({ user: contract.client, disputeId, input: { outcome: "RELEASE", note: "Mine" }, now: new Date() }).catch((error) => error)),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        await resolveDispute({ user: admin, disputeId, input: { outcome: "SPLIT", releaseCents: 100_001, note: "Half" }, now: new Date() }).catch(
          (error) => error,
        ),
      ),
    ).toBe("VALIDATION_FAILED");

    await resolveDispute({
      user: admin,
      disputeId,
      input: { outcome: "SPLIT", releaseCents: 60_005, note: "Most of the work was delivered." },
      now: new Date(),
    });
    // Fee: 10% of 600.05 is 60.005, rounded half up to 60.01; the expert receives 540.04.
    const transfer = await db.transfer.findFirstOrThrow({ where: { milestoneId }, select: { amountCents: true, feeCents: true, status: true } });
    expect(transfer).toEqual({ amountCents: 54_004, feeCents: 6_001, status: "PAID" });
    const refund = await db.refund.findFirstOrThrow({ where: { milestoneId }, select: { amountCents: true, stripeRefundId: true } });
    expect(refund.amountCents).toBe(39_996);
    const charge = await db.payment.findFirstOrThrow({ where: { milestoneId, status: "SUCCEEDED" }, select: { stripeChargeId: true } });
    expect((await stripe().refunds.retrieve(refund.stripeRefundId!)).charge).toBe(charge.stripeChargeId);
    expect(await moneySummary({ id: contract.contractId, currency: "USD" })).toMatchObject({
      fundedCents: 100_001,
      heldCents: 0,
      releasedCents: 60_005,
      feesCents: 6_001,
      refundedCents: 39_996,
    });
    expect((await db.contract.findUniqueOrThrow({ where: { id: contract.contractId }, select: { status: true } })).status).toBe("COMPLETED");
    expect((await getClientDashboard({ user: contract.client })).money).toEqual([
      { currency: "USD", inEscrowCents: 0, releasedCents: 60_005, refundedCents: 39_996 },
    ]);
    expect((await checkLedger({ contractIds: [contract.contractId] })).problems).toEqual([]);
  });

  it("a chargeback freezes the contract and alerts admins", async () => {
    const contract = await createFundableContract(harness, [30_000]);
    await fund(contract);
    const charge = await db.payment.findFirstOrThrow({
      where: { milestoneId: contract.milestoneIds[0], status: "SUCCEEDED" },
      select: { stripeChargeId: true },
    });
    await harness.control(`charges/${charge.stripeChargeId}/dispute`, { reason: "fraudulent" });
    await eventually(
      async () => (await db.contract.findUniqueOrThrow({ where: { id: contract.contractId }, select: { status: true } })).status === "DISPUTED",
      "the freeze",
    );
    expect(await milestoneStatus(contract.milestoneIds[0])).toBe("DISPUTED");
    expect(await db.notification.count({ where: { kind: "dispute.chargeback", user: { role: "ADMIN" } } })).toBeGreaterThan(0);
  });
});

describe("auto-release", () => {
  it("releases 14 days after submission with reminders at 7 and 12, and ignores timers of an older submission", async () => {
    const contract = await createFundableContract(harness, [45_000]);
    const [milestoneId] = contract.milestoneIds;
    await fund(contract);
    const submittedAt = new Date(Date.now() - 15 * DAY_MS);
    await markSubmitted(milestoneId, submittedAt);
    await db.$transaction((tx) => scheduleAutoRelease(tx, { id: milestoneId, submittedAt }));
    const jobs = await db.job.findMany({
      where: { payload: { path: ["milestoneId"], equals: milestoneId } },
      orderBy: { runAt: "asc" },
      select: { kind: true, runAt: true },
    });
    expect(jobs.map((job) => [job.kind, Math.round((job.runAt.getTime() - submittedAt.getTime()) / DAY_MS)])).toEqual([
      ["payments.release-reminder", 7],
      ["payments.release-reminder", 12],
      ["payments.auto-release", 14],
    ]);
    const payload = { milestoneId, submittedAt: submittedAt.toISOString() };
    await sendReleaseReminder({ ...payload, daysLeft: "2" });
    expect(await db.notification.count({ where: { userId: contract.client.id, kind: "milestone.release-reminder" } })).toBe(1);
    await runAutoRelease({ milestoneId, submittedAt: new Date(submittedAt.getTime() - DAY_MS).toISOString() }, new Date());
    expect(await milestoneStatus(milestoneId)).toBe("SUBMITTED");
    await runAutoRelease(payload, new Date(submittedAt.getTime() + 14 * DAY_MS));
    await runAutoRelease(payload, new Date(submittedAt.getTime() + 14 * DAY_MS));
    expect(await milestoneStatus(milestoneId)).toBe("RELEASED");
    expect((await stripe().transfers.list({ transfer_group: contract.contractId, limit: 10 })).data).toHaveLength(1);
    expect((await checkLedger({ contractIds: [contract.contractId] })).problems).toEqual([]);
  });
});

describe("announcements", () => {
  it("tell both sides of a release once, however often the settle job runs again", async () => {
    const contract = await createFundableContract(harness, [25_000]);
    const [milestoneId] = contract.milestoneIds;
    await fund(contract);
    await markSubmitted(milestoneId);
    await approveMilestone({ user: contract.client, milestoneId, now: new Date() });
    await settleMilestone(milestoneId);
    await settleMilestone(milestoneId);
    const released = await db.notification.count({
      where: { kind: "milestone.released", userId: { in: [contract.client.id, contract.expert.id] }, link: `/contracts/${contract.contractId}` },
    });
    expect(released).toBe(2);
  });
});
