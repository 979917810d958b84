import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { getPayoutEarnings } from "@/lib/dashboards/get-payout-earnings";
import { db } from "@/lib/db";
import { approveMilestone } from "@/lib/milestones/release-milestone";
import { startFunding } from "@/lib/milestones/start-funding";
import { submitMilestone } from "@/lib/milestones/submit-milestone";
import { createPayoutDashboardLinkOperation } from "@/lib/payments/create-payout-dashboard-link.operation";
import { listStripePayoutsOperation } from "@/lib/payments/list-stripe-payouts.operation";
import { settleMilestone } from "@/lib/payments/settle-milestone";
import { createActiveContract } from "../fixtures/contracts";
import { createFundableContract, eventually, milestoneStatus, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { callOperation } from "../support/call-operation";

// The expert's Payouts page money: held by Vetted, released to their Stripe account, paid out from
// there to their bank (listed on the connected account through the Stripe-Account header), and the
// submitted milestones that release by themselves; plus the Express dashboard link.

let harness: PaymentHarness;
beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => {
  await harness.stop();
});

async function fund(client: SessionUser, milestoneId: string) {
  const { checkoutUrl } = await startFunding({ user: client, milestoneId });
  await harness.pay(checkoutUrl);
  await eventually(async () => (await milestoneStatus(milestoneId)) === "FUNDED", "funding");
}

describe("the expert's payout money", () => {
  it("shows held, released and paid-out money and the upcoming auto-releases", async () => {
    const { client, expert, milestoneIds } = await createFundableContract(harness, [40_000, 25_000]);
    const [first, second] = milestoneIds;
    await fund(client, first);
    await fund(client, second);
    const submittedAt = new Date();
    await submitMilestone({ user: expert, milestoneId: second, input: { note: "Delivered the second part.", links: [], fileIds: [] }, now: submittedAt });

    const before = await getPayoutEarnings({ user: expert });
    expect(before.heldInEscrow).toEqual([{ currency: "USD", amountCents: 65_000 }]);
    expect(before.releasedToYou).toEqual([]);
    expect(before.upcomingAutoReleases).toEqual([
      expect.objectContaining({
        id: second,
        title: "Milestone 2",
        amountCents: 25_000,
        currency: "USD",
        autoReleaseAt: new Date(submittedAt.getTime() + 14 * 86_400_000),
      }),
    ]);
    expect((await callOperation(listStripePayoutsOperation, expert)).json).toEqual({ payouts: [] });

    await submitMilestone({ user: expert, milestoneId: first, input: { note: "Delivered the first part.", links: [], fileIds: [] }, now: new Date() });
    await approveMilestone({ user: client, milestoneId: first, now: new Date() });
    await settleMilestone(first);
    const transfer = await db.transfer.findFirstOrThrow({ where: { milestoneId: first }, select: { amountCents: true, status: true } });
    expect(transfer).toEqual({ amountCents: 36_000, status: "PAID" });

    const after = await getPayoutEarnings({ user: expert });
    expect(after.heldInEscrow).toEqual([{ currency: "USD", amountCents: 25_000 }]);
    expect(after.releasedToYou).toEqual([{ currency: "USD", amountCents: 36_000 }]);
    expect(after.upcomingAutoReleases.map((milestone) => milestone.id)).toEqual([second]);

    const listed = await callOperation(listStripePayoutsOperation, expert);
    expect(listed.status).toBe(200);
    const payouts = listed.json.payouts as { amountCents: number; currency: string; status: string; createdAt: string; arrivalDate: string }[];
    expect(payouts).toEqual([expect.objectContaining({ amountCents: 36_000, currency: "USD", status: "in_transit" })]);
    // Stripe's default schedule: two days after the money arrives.
    expect(Date.parse(payouts[0].arrivalDate) - Date.parse(payouts[0].createdAt)).toBe(2 * 86_400_000);
  });

  it("shows an expert without a payout account no money and an empty payouts list", async () => {
    const { expert } = await createActiveContract({ payoutsEnabled: false, expertCount: 1 });
    expect((await callOperation(listStripePayoutsOperation, expert)).json).toEqual({ payouts: [] });
    expect(await getPayoutEarnings({ user: expert })).toEqual({ heldInEscrow: [], releasedToYou: [], upcomingAutoReleases: [] });
  });

  it("opens the Stripe dashboard only once payouts are set up", async () => {
    const { expert } = await createActiveContract({ payoutsEnabled: false, expertCount: 1 });
    const refused = await callOperation(createPayoutDashboardLinkOperation, expert, { body: {} });
    expect(refused).toMatchObject({ status: 409, json: { error: { message: expect.stringContaining("once your payout setup is finished") } } });

    const { expert: ready } = await createFundableContract(harness, [10_000]);
    const link = await callOperation(createPayoutDashboardLinkOperation, ready, { body: {} });
    expect(link).toMatchObject({ status: 200, json: { url: expect.stringContaining("/connect/express/acct_") } });
    const page = await fetch(link.json.url as string);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Express dashboard");
  });
});
