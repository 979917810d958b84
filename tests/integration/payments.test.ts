import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cancelMilestone } from "@/lib/milestones/cancel-milestone";
import { openDispute } from "@/lib/milestones/open-dispute";
import { approveMilestone } from "@/lib/milestones/release-milestone";
import { startFunding } from "@/lib/milestones/start-funding";
import { checkLedger } from "@/lib/payments/ledger-check";
import { moneySummary } from "@/lib/payments/money-summary";
import { stripe } from "@/lib/stripe";
import { createFundableContract, eventually, markSubmitted, milestoneStatus, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";

let harness: PaymentHarness;
beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => {
  await harness.stop();
});

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));

async function fundMilestone(client: Parameters<typeof startFunding>[0]["user"], milestoneId: string) {
  const { checkoutUrl } = await startFunding({ user: client, milestoneId });
  await harness.pay(checkoutUrl);
  await eventually(async () => (await milestoneStatus(milestoneId)) === "FUNDED", "the milestone to be funded");
}

describe("the whole path: onboard → fund → submit → approve → transfer", () => {
  it("holds the client's money, then transfers the amount minus the fee to the expert, from that charge", async () => {
    const { client, expert, contractId, milestoneIds } = await createFundableContract(harness, [150_000]);
    const [milestoneId] = milestoneIds;
    await fundMilestone(client, milestoneId);
    expect(await moneySummary({ id: contractId, currency: "USD" })).toMatchObject({ fundedCents: 150_000, heldCents: 150_000, releasedCents: 0 });

    await markSubmitted(milestoneId);
    const released = await approveMilestone({ user: client, milestoneId, now: new Date() });
    expect(released.status).toBe("RELEASED");

    const transfer = await db.transfer.findFirstOrThrow({
      where: { milestoneId },
      select: { status: true, amountCents: true, feeCents: true, stripeTransferId: true },
    });
    expect(transfer).toMatchObject({ status: "PAID", amountCents: 135_000, feeCents: 15_000 });
    const payment = await db.payment.findFirstOrThrow({ where: { milestoneId, status: "SUCCEEDED" }, select: { stripeChargeId: true } });
    const stripeTransfer = await stripe().transfers.retrieve(transfer.stripeTransferId!);
    const profile = await db.expertProfile.findUniqueOrThrow({
      where: { id: expert.expertProfileId! },
      select: { stripeAccountId: true, completedContracts: true },
    });
    expect(stripeTransfer).toMatchObject({
      amount: 135_000,
      destination: profile.stripeAccountId,
      source_transaction: payment.stripeChargeId,
      transfer_group: contractId,
    });

    expect(await moneySummary({ id: contractId, currency: "USD" })).toEqual({
      currency: "USD",
      fundedCents: 150_000,
      heldCents: 0,
      releasedCents: 150_000,
      paidToExpertCents: 135_000,
      feesCents: 15_000,
      refundedCents: 0,
    });
    expect((await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { status: true } })).status).toBe("COMPLETED");
    expect(profile.completedContracts).toBe(1);
    expect((await checkLedger({ contractIds: [contractId] })).problems).toEqual([]);
  });

  it("refuses to fund until the expert can be paid", async () => {
    const { client, milestoneIds } = await createFundableContract(harness, [20_000], { payouts: false });
    expect(codeOf(await startFunding({ user: client, milestoneId: milestoneIds[0] }).catch((error) => error))).toBe("CONFLICT");
    expect(await milestoneStatus(milestoneIds[0])).toBe("PENDING");
  });

  it("returns a declined payment to PENDING with the reason, and a second card on the same page funds it", async () => {
    const { client, milestoneIds } = await createFundableContract(harness, [30_000]);
    const [milestoneId] = milestoneIds;
    const first = await startFunding({ user: client, milestoneId });
    await harness.pay(first.checkoutUrl, "4000000000000002");
    const declined = await eventually(
      async () =>
        db.milestone.findFirst({ where: { id: milestoneId, status: "PENDING", fundingFailureReason: { not: null } }, select: { fundingFailureReason: true } }),
      "the decline to be recorded",
    );
    expect(declined.fundingFailureReason).toBe("Your card was declined.");
    const again = await startFunding({ user: client, milestoneId });
    expect(again.checkoutUrl).toBe(first.checkoutUrl);
    await harness.pay(again.checkoutUrl);
    await eventually(async () => (await milestoneStatus(milestoneId)) === "FUNDED", "funding after the retry");
  });

  it("opens one Checkout session however often the client clicks Fund", async () => {
    const { client, milestoneIds } = await createFundableContract(harness, [12_345]);
    const clicks = await Promise.all([1, 2, 3].map(() => startFunding({ user: client, milestoneId: milestoneIds[0] }).catch((error: unknown) => error)));
    const urls = new Set(
      clicks.filter((click): click is { checkoutUrl: string; paymentId: string } => !(click instanceof Error)).map((click) => click.checkoutUrl),
    );
    expect(urls.size).toBe(1);
    expect(await db.payment.count({ where: { milestoneId: milestoneIds[0] } })).toBe(1);
  });
});

describe("money rules under pressure", () => {
  it("two concurrent approvals make one transfer; the other is a 409", async () => {
    const { client, contractId, milestoneIds } = await createFundableContract(harness, [50_000, 25_000]);
    await fundMilestone(client, milestoneIds[0]);
    await markSubmitted(milestoneIds[0]);
    const results = await Promise.allSettled([1, 2, 3].map(() => approveMilestone({ user: client, milestoneId: milestoneIds[0], now: new Date() })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) if (result.status === "rejected") expect(codeOf(result.reason)).toBe("CONFLICT");
    const transfers = await stripe().transfers.list({ transfer_group: contractId, limit: 10 });
    expect(transfers.data).toHaveLength(1);
    expect(await db.transfer.count({ where: { milestoneId: milestoneIds[0] } })).toBe(1);
    expect((await checkLedger({ contractIds: [contractId] })).problems).toEqual([]);
  });

  it("refunds a funded milestone that is cancelled before release, and drops an unfunded one for free", async () => {
    const { client, contractId, milestoneIds } = await createFundableContract(harness, [40_000, 10_000]);
    await fundMilestone(client, milestoneIds[0]);
    expect(await cancelMilestone({ user: client, milestoneId: milestoneIds[0], now: new Date() })).toMatchObject({ outcome: "refunded" });
    expect(await cancelMilestone({ user: client, milestoneId: milestoneIds[1], now: new Date() })).toMatchObject({ outcome: "removed" });
    const refund = await db.refund.findFirstOrThrow({
      where: { milestoneId: milestoneIds[0] },
      select: { status: true, amountCents: true, stripeRefundId: true },
    });
    expect(refund).toMatchObject({ status: "SUCCEEDED", amountCents: 40_000 });
    expect((await stripe().refunds.retrieve(refund.stripeRefundId!)).amount).toBe(40_000);
    expect(await moneySummary({ id: contractId, currency: "USD" })).toMatchObject({
      fundedCents: 40_000,
      heldCents: 0,
      refundedCents: 40_000,
      releasedCents: 0,
    });
    const contract = await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { status: true, totalCents: true } });
    expect(contract).toEqual({ status: "CANCELLED", totalCents: 40_000 });
    expect((await checkLedger({ contractIds: [contractId] })).problems).toEqual([]);
  });

  it("does not let a delivered milestone be cancelled, nor another company touch a milestone", async () => {
    const { client, milestoneIds } = await createFundableContract(harness, [20_000]);
    const other = await createFundableContract(harness, [20_000], { payouts: false });
    await fundMilestone(client, milestoneIds[0]);
    await markSubmitted(milestoneIds[0]);
    expect(codeOf(await cancelMilestone({ user: client, milestoneId: milestoneIds[0], now: new Date() }).catch((error) => error))).toBe("CONFLICT");
    for (const attempt of [
      () => startFunding({ user: other.client, milestoneId: milestoneIds[0] }),
      () => approveMilestone({ user: other.client, milestoneId: milestoneIds[0], now: new Date() }),
      () => cancelMilestone({ user: other.client, milestoneId: milestoneIds[0], now: new Date() }),
      () => openDispute({ user: other.client, milestoneId: milestoneIds[0], input: { reason: "Not my contract, but let me try anyway." } }),
      () => openDispute({ user: other.expert, milestoneId: milestoneIds[0], input: { reason: "Not my contract, but let me try anyway." } }),
    ]) {
      expect(codeOf(await attempt().catch((error) => error))).toBe("NOT_FOUND");
    }
    expect(codeOf(await startFunding({ user: other.expert, milestoneId: milestoneIds[0] }).catch((error) => error))).toBe("FORBIDDEN");
    expect(await milestoneStatus(milestoneIds[0])).toBe("SUBMITTED");
  });
});
