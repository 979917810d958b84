import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cancelMilestone } from "@/lib/milestones/cancel-milestone";
import { openDispute } from "@/lib/milestones/open-dispute";
import { payBonus } from "@/lib/milestones/pay-bonus";
import { approveMilestone } from "@/lib/milestones/release-milestone";
import { decidePartRelease, releasePart } from "@/lib/milestones/release-part";
import { resolveDispute } from "@/lib/milestones/resolve-dispute";
import { startFunding } from "@/lib/milestones/start-funding";
import { checkLedger } from "@/lib/payments/ledger-check";
import { settleMilestone } from "@/lib/payments/settle-milestone";
import { sendTransfer } from "@/lib/payments/stripe-money-calls";
import { processStripeEvent, receiveStripeWebhook } from "@/lib/payments/webhooks";
import { STANDIN_WEBHOOK_SECRET, stripe } from "@/lib/stripe";
import { createAdmin } from "../fixtures/matching";
import { createFundableContract, eventually, markSubmitted, milestoneStatus, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { addColleague } from "../fixtures/teams";

let harness: PaymentHarness;
beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => {
  await harness.stop();
});

type Contract = Awaited<ReturnType<typeof createFundableContract>>;
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );
const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));
const ledgerProblems = async (contractId: string) => (await checkLedger({ contractIds: [contractId] })).problems;

async function fund(contract: Contract, index = 0) {
  const { checkoutUrl } = await startFunding({ user: contract.client, milestoneId: contract.milestoneIds[index] });
  await harness.pay(checkoutUrl);
  await eventually(async () => (await milestoneStatus(contract.milestoneIds[index])) === "FUNDED", "funding");
}

async function deliver(event: { id: string }) {
  const payload = JSON.stringify(event);
  const signature = stripe().webhooks.generateTestHeaderString({ payload, secret: STANDIN_WEBHOOK_SECRET });
  await receiveStripeWebhook({ rawBody: payload, signature });
  await processStripeEvent(event.id);
}

const transfersOf = (milestoneId: string) =>
  db.transfer.findMany({
    where: { milestoneId },
    orderBy: { createdAt: "asc" },
    select: { amountCents: true, feeCents: true, status: true, idempotencyKey: true },
  });

describe("bonuses", () => {
  it("are paid through Checkout and released to the expert at once, fee deducted, with a receipt that says bonus", async () => {
    const contract = await createFundableContract(harness, [50_000]);
    const { checkoutUrl, milestoneId } = await payBonus({
      user: contract.client,
      contractId: contract.contractId,
      input: { amountCents: 25_005, note: "Great launch week" },
      now: new Date(),
    });
    // A second click while the page is open returns the same page and row.
    const again = await payBonus({
      user: contract.client,
      contractId: contract.contractId,
      input: { amountCents: 25_005, note: "Great launch week" },
      now: new Date(),
    });
    expect(again).toMatchObject({ checkoutUrl, milestoneId });
    await harness.pay(checkoutUrl);
    await eventually(async () => (await db.transfer.findFirst({ where: { milestoneId, status: "PAID" } })) !== null, "the bonus transfer");
    const bonus = await db.milestone.findUniqueOrThrow({
      where: { id: milestoneId },
      select: { kind: true, status: true, releasedCents: true, description: true },
    });
    expect(bonus).toEqual({ kind: "BONUS", status: "RELEASED", releasedCents: 25_005, description: "Great launch week" });
    // Fee: 10% of 250.05 = 25.005, rounded half up to 25.01; the expert receives 225.04.
    expect(await transfersOf(milestoneId)).toEqual([{ amountCents: 22_504, feeCents: 2_501, status: "PAID", idempotencyKey: `release:${milestoneId}` }]);
    expect((await db.contract.findUniqueOrThrow({ where: { id: contract.contractId }, select: { totalCents: true } })).totalCents).toBe(50_000);
    const receipt = await db.invoice.findFirstOrThrow({ where: { milestoneId, kind: "RECEIPT" }, select: { chargeKind: true, lines: true, totalCents: true } });
    expect(receipt.chargeKind).toBe("BONUS");
    expect(receipt.totalCents).toBe(25_005);
    expect(JSON.stringify(receipt.lines)).toContain("Bonus for");
    expect(await db.notification.count({ where: { userId: contract.expert.id, kind: "bonus.paid" } })).toBe(1);
    expect(await ledgerProblems(contract.contractId)).toEqual([]);
  });

  it("is released once when the funding webhooks are replayed and reordered", async () => {
    const contract = await createFundableContract(harness, [50_000]);
    harness.setProcessing(false);
    await harness.control("webhooks", { paused: true });
    let milestoneId = "";
    try {
      const started = await payBonus({
        user: contract.client,
        contractId: contract.contractId,
        input: { amountCents: 10_000, note: "Thanks" },
        now: new Date(),
      });
      milestoneId = started.milestoneId;
      await harness.pay(started.checkoutUrl);
      const session = started.checkoutUrl.split("/").at(-1)!;
      const events = (await stripe().events.list({ limit: 100 })).data.filter(
        (event) => JSON.stringify(event.data.object).includes(session) || JSON.stringify(event.data.object).includes(milestoneId),
      );
      expect(events.length).toBeGreaterThan(0);
      for (const event of [...events, ...events.reverse()]) await deliver(event);
    } finally {
      harness.setProcessing(true);
      await harness.control("webhooks", { paused: false });
    }
    await settleMilestone(milestoneId);
    expect(await transfersOf(milestoneId)).toEqual([{ amountCents: 9_000, feeCents: 1_000, status: "PAID", idempotencyKey: `release:${milestoneId}` }]);
    expect((await stripe().transfers.list({ transfer_group: contract.contractId, limit: 10 })).data).toHaveLength(1);
    expect(await db.ledgerTransaction.count({ where: { milestoneId, kind: "release" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: contract.expert.id, kind: "bonus.paid" } })).toBe(1);
    expect(await ledgerProblems(contract.contractId)).toEqual([]);
  });

  it("refuses 0, more than the limit, a closed contract and members who may not manage contracts; nothing is written", async () => {
    const contract = await createFundableContract(harness, [50_000]);
    const now = new Date();
    const zero = await failure(payBonus({ user: contract.client, contractId: contract.contractId, input: { amountCents: 0, note: "Thanks" }, now }));
    expect(zero).toMatchObject({ code: "BAD_REQUEST", message: "A bonus must be more than zero." });
    const tooMuch = await failure(payBonus({ user: contract.client, contractId: contract.contractId, input: { amountCents: 1_000_001, note: "Thanks" }, now }));
    expect(tooMuch).toMatchObject({ code: "BAD_REQUEST", message: "A bonus can be at most $10,000.00." });
    for (const role of ["FINANCE", "VIEWER"] as const) {
      const member = await addColleague(contract.client.companyId!, role);
      expect(codeOf(await failure(payBonus({ user: member, contractId: contract.contractId, input: { amountCents: 5_000, note: "Thanks" }, now })))).toBe(
        "FORBIDDEN",
      );
    }
    expect(
      codeOf(await failure(payBonus({ user: contract.expert, contractId: contract.contractId, input: { amountCents: 5_000, note: "Thanks" }, now }))),
    ).toBe("FORBIDDEN");
    const stranger = await createFundableContract(harness, [10_000], { payouts: false });
    expect(
      codeOf(await failure(payBonus({ user: stranger.client, contractId: contract.contractId, input: { amountCents: 5_000, note: "Thanks" }, now }))),
    ).toBe("NOT_FOUND");

    await db.contract.update({ where: { id: contract.contractId }, data: { status: "COMPLETED", completedAt: new Date(now.getTime() - 31 * 86_400_000) } });
    const late = await failure(payBonus({ user: contract.client, contractId: contract.contractId, input: { amountCents: 5_000, note: "Thanks" }, now }));
    expect(codeOf(late)).toBe("CONFLICT");
    expect(late?.message).toContain("30 days");
    expect(await db.milestone.count({ where: { contractId: contract.contractId, kind: "BONUS" } })).toBe(0);
    // Within 30 days of completion it is still possible.
    await db.contract.update({ where: { id: contract.contractId }, data: { completedAt: new Date(now.getTime() - 29 * 86_400_000) } });
    const { milestoneId } = await payBonus({ user: contract.client, contractId: contract.contractId, input: { amountCents: 5_000, note: "Thanks" }, now });
    expect(await milestoneStatus(milestoneId)).toBe("FUNDING");
  });
});

describe("partial release", () => {
  it("releases a part with the fee on that part, keeps the rest held, and a later approval releases only the rest", async () => {
    const contract = await createFundableContract(harness, [100_001]);
    const [milestoneId] = contract.milestoneIds;
    await fund(contract);
    const part = await releasePart({ user: contract.client, milestoneId, amountCents: 33_335, now: new Date() });
    // 10% of 333.35 = 33.335, rounded half up to 33.34: transfer + fee = the part.
    expect(part).toMatchObject({ releasedCents: 33_335, feeCents: 3_334, transferCents: 30_001, heldCents: 66_666, partNumber: 1 });
    expect(await milestoneStatus(milestoneId)).toBe("FUNDED");
    const charge = await db.payment.findFirstOrThrow({ where: { milestoneId, status: "SUCCEEDED" }, select: { stripeChargeId: true } });
    const [sent] = (await stripe().transfers.list({ transfer_group: contract.contractId, limit: 10 })).data;
    expect(sent.source_transaction).toBe(charge.stripeChargeId);
    expect(await ledgerProblems(contract.contractId)).toEqual([]);

    const tooMuch = await failure(releasePart({ user: contract.client, milestoneId, amountCents: 66_666, now: new Date() }));
    expect(tooMuch).toMatchObject({ code: "BAD_REQUEST" });
    expect(tooMuch?.message).toContain("$666.66");
    expect(codeOf(await failure(releasePart({ user: contract.client, milestoneId, amountCents: 0, now: new Date() })))).toBe("BAD_REQUEST");

    await markSubmitted(milestoneId);
    await releasePart({ user: contract.client, milestoneId, amountCents: 6_666, now: new Date() });
    await approveMilestone({ user: contract.client, milestoneId, now: new Date() });
    expect(await transfersOf(milestoneId)).toEqual([
      { amountCents: 30_001, feeCents: 3_334, status: "PAID", idempotencyKey: `release-part:${milestoneId}:1` },
      { amountCents: 5_999, feeCents: 667, status: "PAID", idempotencyKey: `release-part:${milestoneId}:2` },
      { amountCents: 54_000, feeCents: 6_000, status: "PAID", idempotencyKey: `release:${milestoneId}` },
    ]);
    expect(await db.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { status: true, releasedCents: true } })).toEqual({
      status: "RELEASED",
      releasedCents: 100_001,
    });
    expect((await db.contract.findUniqueOrThrow({ where: { id: contract.contractId }, select: { status: true } })).status).toBe("COMPLETED");
    expect(await ledgerProblems(contract.contractId)).toEqual([]);
  });

  it("concurrent partial releases never exceed what is held", async () => {
    const contract = await createFundableContract(harness, [10_000]);
    const [milestoneId] = contract.milestoneIds;
    await fund(contract);
    const results = await Promise.allSettled([1, 2, 3].map(() => releasePart({ user: contract.client, milestoneId, amountCents: 4_000, now: new Date() })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(2);
    const refused = results.find((result) => result.status === "rejected");
    expect(codeOf(refused?.status === "rejected" ? refused.reason : null)).toBe("BAD_REQUEST");
    expect((await db.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { releasedCents: true } })).releasedCents).toBe(8_000);
    expect((await transfersOf(milestoneId)).map((transfer) => transfer.idempotencyKey).sort()).toEqual([
      `release-part:${milestoneId}:1`,
      `release-part:${milestoneId}:2`,
    ]);
    expect(await ledgerProblems(contract.contractId)).toEqual([]);
  });

  it("a cancel refunds only the remainder, and a dispute splits only the remainder", async () => {
    const admin = await createAdmin();
    const contract = await createFundableContract(harness, [20_000, 30_000]);
    const [first, second] = contract.milestoneIds;
    await fund(contract, 0);
    await fund(contract, 1);
    await releasePart({ user: contract.client, milestoneId: first, amountCents: 5_000, now: new Date() });
    await cancelMilestone({ user: contract.client, milestoneId: first, now: new Date() });
    const refund = await db.refund.findFirstOrThrow({ where: { milestoneId: first }, select: { amountCents: true, status: true } });
    expect(refund).toEqual({ amountCents: 15_000, status: "SUCCEEDED" });

    await releasePart({ user: contract.client, milestoneId: second, amountCents: 10_000, now: new Date() });
    await markSubmitted(second);
    const { disputeId } = await openDispute({
      user: contract.expert,
      milestoneId: second,
      input: { reason: "The client stopped answering after the delivery." },
    });
    const tooMuch = await failure(
      resolveDispute({ user: admin, disputeId, input: { outcome: "SPLIT", releaseCents: 20_000, note: "Even split" }, now: new Date() }),
    );
    expect(codeOf(tooMuch)).toBe("VALIDATION_FAILED");
    const resolved = await resolveDispute({
      user: admin,
      disputeId,
      input: { outcome: "SPLIT", releaseCents: 12_000, note: "Most of it was delivered." },
      now: new Date(),
    });
    expect(resolved).toMatchObject({ releaseCents: 12_000, refundCents: 8_000 });
    expect((await db.milestone.findUniqueOrThrow({ where: { id: second }, select: { releasedCents: true } })).releasedCents).toBe(22_000);
    expect(await ledgerProblems(contract.contractId)).toEqual([]);
  });

  it("refuses an unfunded milestone, and people who may not approve work", async () => {
    const contract = await createFundableContract(harness, [20_000, 30_000]);
    expect(codeOf(await failure(releasePart({ user: contract.client, milestoneId: contract.milestoneIds[0], amountCents: 1_000, now: new Date() })))).toBe(
      "CONFLICT",
    );
    const finance = await addColleague(contract.client.companyId!, "FINANCE");
    expect(codeOf(await failure(releasePart({ user: finance, milestoneId: contract.milestoneIds[0], amountCents: 1_000, now: new Date() })))).toBe("FORBIDDEN");
    expect(codeOf(await failure(releasePart({ user: contract.expert, milestoneId: contract.milestoneIds[0], amountCents: 1_000, now: new Date() })))).toBe(
      "FORBIDDEN",
    );
  });

  it("a crash between the Stripe transfer and our write: the retry records the one transfer, once", async () => {
    const contract = await createFundableContract(harness, [40_000]);
    const [milestoneId] = contract.milestoneIds;
    await fund(contract);
    // The decision committed; the process then called Stripe and died before writing the answer.
    await decidePartRelease({ user: contract.client, milestoneId, amountCents: 15_000, now: new Date() });
    const pending = await db.transfer.findFirstOrThrow({
      where: { milestoneId },
      select: { id: true, idempotencyKey: true, amountCents: true, currency: true },
    });
    const profile = await db.expertProfile.findUniqueOrThrow({ where: { id: contract.expert.expertProfileId! }, select: { stripeAccountId: true } });
    const charge = await db.payment.findFirstOrThrow({ where: { milestoneId, status: "SUCCEEDED" }, select: { stripeChargeId: true } });
    const sentBeforeCrash = await sendTransfer(pending, {
      milestoneId,
      milestoneTitle: (await db.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { title: true } })).title,
      contractId: contract.contractId,
      chargeId: charge.stripeChargeId!,
      destination: profile.stripeAccountId!,
    });
    expect((await checkLedger({ contractIds: [contract.contractId] })).inFlight).toEqual([expect.stringContaining(sentBeforeCrash.id)]);
    await settleMilestone(milestoneId); // the settle job
    await settleMilestone(milestoneId);
    expect(await db.transfer.findUniqueOrThrow({ where: { id: pending.id }, select: { status: true, stripeTransferId: true } })).toEqual({
      status: "PAID",
      stripeTransferId: sentBeforeCrash.id,
    });
    expect((await stripe().transfers.list({ transfer_group: contract.contractId, limit: 10 })).data).toHaveLength(1);
    expect(await db.ledgerTransaction.count({ where: { milestoneId, kind: "release" } })).toBe(1);
    expect(await ledgerProblems(contract.contractId)).toEqual([]);
  });
});
