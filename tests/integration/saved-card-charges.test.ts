import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { releaseMilestone } from "@/lib/milestones/release-milestone";
import { chargeSavedCard, isContractPausedForFailedCharges, queueSavedCardCharge } from "@/lib/payments/charge-saved-card";
import { checkLedger } from "@/lib/payments/ledger-check";
import { listFailedCharges } from "@/lib/payments/list-failed-charges";
import { moneySummary } from "@/lib/payments/money-summary";
import { processStripeEvent } from "@/lib/payments/webhooks";
import { stripe } from "@/lib/stripe";
import { createAdmin } from "../fixtures/matching";
import { createFundableContract, eventually, milestoneStatus, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { DECLINING_CARD, saveCard } from "../fixtures/saved-cards";
import { addColleague } from "../fixtures/teams";

let harness: PaymentHarness;
beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => {
  harness.setProcessing(true);
  await harness.stop();
});

const DAY_MS = 24 * 60 * 60 * 1000;

async function chargeableContract(amount: number, card?: string) {
  const fixture = await createFundableContract(harness, [amount]);
  // An hourly week is charged to the saved card and then held until its review window ends (a bonus would be released at once).
  await db.milestone.update({ where: { id: fixture.milestoneIds[0] }, data: { kind: "HOURLY_WEEK" } });
  await saveCard(harness, fixture.client, card);
  return { ...fixture, milestoneId: fixture.milestoneIds[0] };
}

const paymentsOf = (milestoneId: string) =>
  db.payment.findMany({
    where: { milestoneId },
    orderBy: { createdAt: "asc" },
    select: { id: true, status: true, idempotencyKey: true, stripePaymentIntentId: true, stripeChargeId: true, failureReason: true, createdAt: true },
  });

const chargeJobsOf = (milestoneId: string) =>
  db.job.findMany({
    where: { kind: "payments.charge-saved-card", payload: { path: ["milestoneId"], equals: milestoneId }, status: "QUEUED" },
    select: { runAt: true, dedupeKey: true },
    orderBy: { runAt: "asc" },
  });

async function fundingBookings(milestoneId: string) {
  return db.ledgerTransaction.count({ where: { milestoneId, kind: "funding" } });
}

describe("charging a saved card off-session", () => {
  it("funds the milestone: one PaymentIntent grouped by contract, the ledger booked, a receipt issued, and its charge pays the expert", async () => {
    const { contractId, milestoneId } = await chargeableContract(12_500);
    await db.$transaction((tx) => queueSavedCardCharge(tx, { milestoneId }));
    expect(await chargeJobsOf(milestoneId)).toHaveLength(1);
    expect(await chargeSavedCard({ milestoneId })).toBe("charged");

    expect(await milestoneStatus(milestoneId)).toBe("FUNDED");
    const [payment] = await paymentsOf(milestoneId);
    expect(payment).toMatchObject({ status: "SUCCEEDED", idempotencyKey: `charge:${milestoneId}:1` });
    const intent = await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!);
    expect(intent).toMatchObject({ transfer_group: contractId, metadata: { paymentId: payment.id, milestoneId }, amount: 12_500 });
    expect(await moneySummary({ id: contractId, currency: "USD" })).toMatchObject({ fundedCents: 12_500, heldCents: 12_500 });
    expect(await db.invoice.count({ where: { paymentId: payment.id, kind: "RECEIPT" } })).toBe(1);
    await eventually(
      async () =>
        (await db.stripeEvent.count({
          where: { type: "payment_intent.succeeded", payload: { path: ["data", "object", "id"], equals: intent.id }, processedAt: { not: null } },
        })) > 0,
      "the webhook to be processed",
    );
    expect(await fundingBookings(milestoneId)).toBe(1);

    // An hourly week is released from FUNDED once its review window is over.
    await releaseMilestone({ milestoneId, trigger: "week-released", now: new Date() });
    const transfer = await db.transfer.findFirstOrThrow({ where: { milestoneId }, select: { status: true, stripeTransferId: true } });
    expect(transfer.status).toBe("PAID");
    expect((await stripe().transfers.retrieve(transfer.stripeTransferId!)).source_transaction).toBe(payment.stripeChargeId);
    expect((await checkLedger({ contractIds: [contractId] })).problems).toEqual([]);
  });

  it("charges once when queued twice and run concurrently with its webhook", async () => {
    const { contractId, milestoneId } = await chargeableContract(7_700);
    await db.$transaction((tx) => queueSavedCardCharge(tx, { milestoneId }));
    await db.$transaction((tx) => queueSavedCardCharge(tx, { milestoneId }));
    expect(await chargeJobsOf(milestoneId)).toHaveLength(1);
    const outcomes = await Promise.all([chargeSavedCard({ milestoneId }), chargeSavedCard({ milestoneId }), chargeSavedCard({ milestoneId })]);
    expect(outcomes.filter((outcome) => outcome === "charged").length).toBeGreaterThanOrEqual(1);
    await eventually(async () => (await milestoneStatus(milestoneId)) === "FUNDED", "the milestone to be funded");
    expect(await paymentsOf(milestoneId)).toHaveLength(1);
    expect((await stripe().charges.list({ transfer_group: contractId })).data).toHaveLength(1);
    expect(await fundingBookings(milestoneId)).toBe(1);
    expect((await checkLedger({ contractIds: [contractId] })).problems).toEqual([]);
  });

  it("completes once after a crash between Stripe's answer and our write, however the webhooks replay", async () => {
    const { contractId, milestoneId } = await chargeableContract(9_900);
    harness.setProcessing(false);
    try {
      // The crashed run: it moved the milestone and wrote the attempt, Stripe charged, then the worker died.
      const card = await db.savedCard.findFirstOrThrow({
        where: { company: { contracts: { some: { id: contractId } } } },
        select: { stripePaymentMethodId: true, company: { select: { stripeCustomerId: true } } },
      });
      await db.milestone.update({ where: { id: milestoneId }, data: { status: "FUNDING" } });
      const payment = await db.payment.create({
        data: {
          milestoneId,
          amountCents: 9_900,
          currency: "USD",
          idempotencyKey: `charge:${milestoneId}:1`,
          stripePaymentMethodId: card.stripePaymentMethodId,
        },
      });
      await stripe().paymentIntents.create(
        {
          amount: 9_900,
          currency: "usd",
          customer: card.company.stripeCustomerId!,
          payment_method: card.stripePaymentMethodId,
          off_session: true,
          confirm: true,
          transfer_group: contractId,
          description: await db.milestone
            .findUniqueOrThrow({ where: { id: milestoneId }, select: { title: true, contract: { select: { title: true } } } })
            .then((m) => `${m.contract.title} — ${m.title}`),
          metadata: { paymentId: payment.id, milestoneId, contractId },
        },
        { idempotencyKey: payment.idempotencyKey },
      );
      // The job's next run finishes it with the same key; the stored webhooks then arrive twice, newest first.
      expect(await chargeSavedCard({ milestoneId })).toBe("charged");
      const events = await eventually(async () => {
        const stored = await db.stripeEvent.findMany({
          where: {
            type: { in: ["payment_intent.succeeded", "charge.succeeded"] },
            payload: { path: ["data", "object", "metadata", "milestoneId"], equals: milestoneId },
          },
          select: { id: true },
        });
        return stored.length === 2 ? stored : null;
      }, "the webhooks to be stored");
      for (const event of [...events].reverse()) await processStripeEvent(event.id);
      await db.stripeEvent.updateMany({ where: { id: { in: events.map((event) => event.id) } }, data: { processedAt: null } });
      for (const event of events) await processStripeEvent(event.id);
    } finally {
      harness.setProcessing(true);
    }
    expect(await milestoneStatus(milestoneId)).toBe("FUNDED");
    expect((await stripe().charges.list({ transfer_group: contractId })).data).toHaveLength(1);
    expect(await fundingBookings(milestoneId)).toBe(1);
    expect(await db.invoice.count({ where: { milestoneId, kind: "RECEIPT" } })).toBe(1);
    expect((await checkLedger({ contractIds: [contractId] })).problems).toEqual([]);
  });
});

describe("declined charges", () => {
  it("returns the milestone to PENDING with the reason, retries after 1, 3 and 5 days with an email each time, then pauses the contract; a new card charges at once", async () => {
    const { client, contractId, milestoneId } = await chargeableContract(30_000, DECLINING_CARD);
    const finance = await addColleague(client.companyId!, "FINANCE");
    const hiringManager = await addColleague(client.companyId!, "HIRING_MANAGER");
    const start = new Date();
    expect(await chargeSavedCard({ milestoneId, now: start })).toBe("declined");

    const milestone = await db.milestone.findUniqueOrThrow({
      where: { id: milestoneId },
      select: { status: true, fundingFailureReason: true, nextChargeAt: true },
    });
    expect(milestone).toMatchObject({ status: "PENDING", fundingFailureReason: "Your card was declined." });
    const firstFailure = (await paymentsOf(milestoneId))[0];
    expect(firstFailure).toMatchObject({ status: "FAILED", idempotencyKey: `charge:${milestoneId}:1` });
    const firstRetry = (await chargeJobsOf(milestoneId))[0];
    expect(Math.abs(firstRetry.runAt.getTime() - milestone.nextChargeAt!.getTime())).toBe(0);
    expect(milestone.nextChargeAt!.getTime()).toBeGreaterThan(start.getTime() + DAY_MS - 60_000);

    const emailsTo = async (userId: string) => {
      const { email } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
      return db.emailOutbox.findMany({ where: { toEmail: email, subject: { startsWith: "Payment declined" } }, select: { subject: true, text: true } });
    };
    const [firstEmail] = await emailsTo(finance.id);
    expect(firstEmail.subject).toContain("$300.00");
    expect(firstEmail.text).toContain("Your card was declined.");
    expect(firstEmail.text).toContain("/client/billing");
    expect(await emailsTo(client.id)).toHaveLength(1);
    expect(await emailsTo(hiringManager.id)).toHaveLength(0);
    expect(isContractPausedForFailedCharges(await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { chargesFailingSince: true } }))).toBe(
      false,
    );

    // Retries on day 1, 3 and 5 (after the first decline) all fail: the last one pauses the contract.
    for (const day of [1, 3, 5]) expect(await chargeSavedCard({ milestoneId, now: new Date(start.getTime() + day * DAY_MS) })).toBe("declined");
    const payments = await paymentsOf(milestoneId);
    expect(payments.map((payment) => payment.idempotencyKey)).toEqual([1, 2, 3, 4].map((attempt) => `charge:${milestoneId}:${attempt}`));
    expect(new Set(payments.map((payment) => payment.stripePaymentIntentId)).size).toBe(4);
    const retryTimes = (
      await db.job.findMany({ where: { dedupeKey: { startsWith: `charge:${milestoneId}:retry-` } }, select: { runAt: true }, orderBy: { runAt: "asc" } })
    ).map((job) => Math.round((job.runAt.getTime() - firstFailure.createdAt.getTime()) / DAY_MS));
    expect(retryTimes).toEqual([1, 3, 5]);
    expect(await emailsTo(finance.id)).toHaveLength(4);
    const contract = await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { chargesFailingSince: true } });
    expect(isContractPausedForFailedCharges(contract)).toBe(true);
    expect(await db.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { status: true, nextChargeAt: true } })).toEqual({
      status: "PENDING",
      nextChargeAt: null,
    });
    const admin = await createAdmin();
    const listed = (await listFailedCharges({ user: admin })).find((row) => row.milestoneId === milestoneId);
    expect(listed).toMatchObject({
      contract: { id: contractId },
      amountText: "$300.00",
      attempts: 4,
      lastReason: "Your card was declined.",
      nextRetryAt: null,
    });
    expect(listed?.failingSince).toBeInstanceOf(Date);
    await expect(listFailedCharges({ user: client })).rejects.toThrow();

    // A working card: the charge is retried at once, funds the milestone and unpauses the contract.
    await saveCard(harness, client);
    const retryNow = (await chargeJobsOf(milestoneId)).filter((job) => job.dedupeKey?.includes(":card:"));
    expect(retryNow).toHaveLength(1);
    expect(await chargeSavedCard({ milestoneId })).toBe("charged");
    expect(await milestoneStatus(milestoneId)).toBe("FUNDED");
    expect(isContractPausedForFailedCharges(await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { chargesFailingSince: true } }))).toBe(
      false,
    );
    expect(await fundingBookings(milestoneId)).toBe(1);
    expect((await listFailedCharges({ user: admin })).some((row) => row.milestoneId === milestoneId)).toBe(false);
    expect((await checkLedger({ contractIds: [contractId] })).problems).toEqual([]);
  });

  it("records a decline once whether the job or the replayed, reordered webhook reports it first", async () => {
    const { client, milestoneId } = await chargeableContract(4_400, DECLINING_CARD);
    harness.setProcessing(false);
    try {
      expect(await chargeSavedCard({ milestoneId })).toBe("declined");
      const failed = await eventually(
        async () =>
          db.stripeEvent.findFirst({
            where: { type: "payment_intent.payment_failed", payload: { path: ["data", "object", "metadata", "milestoneId"], equals: milestoneId } },
            select: { id: true },
          }),
        "the decline webhook",
      );
      await processStripeEvent(failed.id);
      await db.stripeEvent.update({ where: { id: failed.id }, data: { processedAt: null } });
      await processStripeEvent(failed.id);
    } finally {
      harness.setProcessing(true);
    }
    expect(await paymentsOf(milestoneId)).toHaveLength(1);
    expect(await chargeJobsOf(milestoneId)).toHaveLength(1);
    const { email } = await db.user.findUniqueOrThrow({ where: { id: client.id }, select: { email: true } });
    expect(await db.emailOutbox.count({ where: { toEmail: email, subject: { startsWith: "Payment declined" } } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "payment.charge-declined", data: { path: ["milestoneId"], equals: milestoneId } } })).toBe(1);
  });

  it("declines without calling Stripe when the company has no card, and tells it to save one", async () => {
    const { milestoneIds } = await createFundableContract(harness, [5_000]);
    expect(await chargeSavedCard({ milestoneId: milestoneIds[0] })).toBe("declined");
    const [payment] = await paymentsOf(milestoneIds[0]);
    expect(payment).toMatchObject({ status: "FAILED", stripePaymentIntentId: null });
    expect(payment.failureReason).toContain("No card is saved");
    expect(await milestoneStatus(milestoneIds[0])).toBe("PENDING");
  });
});
