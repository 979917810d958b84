import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { startFundingOperation } from "@/lib/milestones/start-funding.operation";
import { nudgeExpertAboutPayouts } from "@/lib/payments/payout-readiness";
import { getPayoutStatus, readStoredPayoutStatus } from "@/lib/payments/payout-status";
import { startPayoutOnboarding } from "@/lib/payments/payouts";
import { processStripeEvent } from "@/lib/payments/webhooks";
import { getRequest } from "@/lib/requests/get-request";
import { stripe } from "@/lib/stripe";
import { createActiveContract } from "../fixtures/contracts";
import { eventually, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { callOperation } from "../support/call-operation";

// A client may shortlist and hire an expert whose payouts are not ready: the expert is nudged (once
// a day), funding is refused with a 409 until Stripe says the account can be paid, and then every
// client waiting on them is told, once, however the account.updated events arrive.

let harness: PaymentHarness;
beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => {
  await harness.stop();
});

const notificationsOf = (userId: string, kind: string) =>
  db.notification.findMany({ where: { userId, kind }, select: { title: true, body: true, link: true } });
const accountUpdatedEvents = async (accountId: string) =>
  (await stripe().events.list({ type: "account.updated", limit: 100 })).data.filter((event) => (event.data.object as { id: string }).id === accountId);
const accountsOf = async (expertProfileId: string) =>
  (await stripe().accounts.list({ limit: 100 })).data.filter((account) => account.metadata?.expertProfileId === expertProfileId);

async function onboard(expert: SessionUser, country = "DE") {
  await startPayoutOnboarding({ user: expert, country });
  const { stripeAccountId } = await db.expertProfile.findUniqueOrThrow({ where: { id: expert.expertProfileId! }, select: { stripeAccountId: true } });
  return stripeAccountId!;
}

describe("payout readiness for clients", () => {
  it("shows the client who is ready to be paid, and lets them hire an expert who is not", async () => {
    const { client, expert, otherExperts, requestId } = await createActiveContract({ payoutsEnabled: false, expertCount: 2 });
    await db.expertProfile.update({ where: { id: otherExperts[0].expertProfileId! }, data: { payoutsEnabled: true } });
    const request = await getRequest({ user: client, requestId, now: new Date() });
    const readiness = Object.fromEntries(request.shortlist.map((entry) => [entry.expert.profileId, entry.expert.isPayoutReady]));
    expect(readiness).toEqual({ [expert.expertProfileId!]: false, [otherExperts[0].expertProfileId!]: true });
    const contract = await db.contract.findFirstOrThrow({ where: { requestId }, select: { status: true } });
    expect(contract.status).toBe("ACTIVE");
  });

  it("nudges the expert once a day however often they are shortlisted and hired", async () => {
    const { expert, otherExperts } = await createActiveContract({ payoutsEnabled: false, expertCount: 2 });
    // Shortlisted (both), then hired (the first): one nudge each for the day.
    const nudges = await notificationsOf(expert.id, "payouts.setup-nudge");
    expect(nudges).toHaveLength(1);
    expect(nudges[0]).toMatchObject({ link: "/expert/payouts", body: expect.stringContaining("payout setup") });
    expect(await notificationsOf(otherExperts[0].id, "payouts.setup-nudge")).toHaveLength(1);
    expect(await db.emailOutbox.count({ where: { toEmail: expert.email, subject: nudges[0].title } })).toBe(1);

    const { payoutNudgedAt } = await db.expertProfile.findUniqueOrThrow({ where: { id: expert.expertProfileId! }, select: { payoutNudgedAt: true } });
    const sameDay = new Date(payoutNudgedAt!.getTime() + 23 * 3_600_000);
    const nudgeAt = (now: Date) => db.$transaction((tx) => nudgeExpertAboutPayouts(tx, { expertProfileId: expert.expertProfileId!, companyName: "Acme", now }));
    // Concurrent hires within the day: none of them nudges again.
    expect(await Promise.all([nudgeAt(sameDay), nudgeAt(sameDay), nudgeAt(sameDay)])).toEqual([false, false, false]);
    const nextDay = new Date(payoutNudgedAt!.getTime() + 24 * 3_600_000);
    const racing = await Promise.all([nudgeAt(nextDay), nudgeAt(nextDay), nudgeAt(nextDay)]);
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect(await notificationsOf(expert.id, "payouts.setup-nudge")).toHaveLength(2);
  });

  it("never nudges an expert whose payouts are ready", async () => {
    const { expert } = await createActiveContract({ payoutsEnabled: true, expertCount: 1 });
    // The shortlist was delivered before the fixture enabled payouts; the hire came after.
    await db.notification.deleteMany({ where: { userId: expert.id, kind: "payouts.setup-nudge" } });
    await db.expertProfile.update({ where: { id: expert.expertProfileId! }, data: { payoutNudgedAt: null } });
    expect(await db.$transaction((tx) => nudgeExpertAboutPayouts(tx, { expertProfileId: expert.expertProfileId!, companyName: "Acme", now: new Date() }))).toBe(
      false,
    );
    expect(await notificationsOf(expert.id, "payouts.setup-nudge")).toHaveLength(0);
  });

  it("refuses funding with a 409 until the account is ready, then tells the client once, replayed and reordered webhooks included", async () => {
    const { client, expert, contractId, milestoneIds } = await createActiveContract({ payoutsEnabled: false, expertCount: 1 });
    const refused = await callOperation(startFundingOperation, client, { params: { id: milestoneIds[0] }, body: {} });
    expect(refused.status).toBe(409);
    expect(refused.json.error?.message).toContain(`Funding opens when ${expert.name} finishes payout setup`);
    expect(await db.milestone.findUniqueOrThrow({ where: { id: milestoneIds[0] }, select: { status: true } })).toEqual({ status: "PENDING" });

    const accountId = await onboard(expert);
    // Started but unfinished: still refused.
    expect((await callOperation(startFundingOperation, client, { params: { id: milestoneIds[0] }, body: {} })).status).toBe(409);

    await harness.control(`accounts/${accountId}/complete-onboarding`);
    await eventually(
      async () => (await db.expertProfile.findUniqueOrThrow({ where: { id: expert.expertProfileId! }, select: { payoutsEnabled: true } })).payoutsEnabled,
      "payouts to be enabled by account.updated",
    );
    const told = await notificationsOf(client.id, "payouts.funding-open");
    expect(told).toEqual([
      expect.objectContaining({ link: `/contracts/${contractId}`, body: expect.stringContaining(`${expert.name} finished their payout setup`) }),
    ]);

    // Replay every account.updated of this account, newest first (the oldest said "not ready"): the
    // account is re-read each time, so readiness stays on and nobody is told twice.
    const events = await accountUpdatedEvents(accountId);
    expect(events.length).toBeGreaterThanOrEqual(1);
    for (const event of events.reverse()) {
      await processStripeEvent(event.id);
      await processStripeEvent(event.id);
    }
    expect(await db.expertProfile.findUniqueOrThrow({ where: { id: expert.expertProfileId! }, select: { payoutsEnabled: true } })).toEqual({
      payoutsEnabled: true,
    });
    expect(await notificationsOf(client.id, "payouts.funding-open")).toHaveLength(1);

    const funding = await callOperation(startFundingOperation, client, { params: { id: milestoneIds[0] }, body: {} });
    expect(funding).toMatchObject({ status: 200, json: { checkoutUrl: expect.any(String) } });
  });
});

describe("payouts abroad", () => {
  it("creates a cross-border account under the recipient agreement, transfers only, in the country's currency", async () => {
    const { expert } = await createActiveContract({ payoutsEnabled: false, expertCount: 1 });
    const accountId = await onboard(expert, "de");
    const account = await stripe().accounts.retrieve(accountId);
    expect(account).toMatchObject({ country: "DE", default_currency: "eur", tos_acceptance: { service_agreement: "recipient" } });
    expect(Object.keys(account.capabilities ?? {})).toEqual(["transfers"]);
    expect(await readStoredPayoutStatus({ user: expert })).toMatchObject({
      hasAccount: true,
      payoutsEnabled: false,
      country: { code: "DE", name: "Germany" },
      currency: "EUR",
      schedule: { interval: "daily", delayDays: 2 },
    });
  });

  it("keeps the full agreement at home in the platform's country", async () => {
    const { expert } = await createActiveContract({ payoutsEnabled: false, expertCount: 1 });
    const account = await stripe().accounts.retrieve(await onboard(expert, "US"));
    expect(account).toMatchObject({ country: "US", default_currency: "usd", tos_acceptance: { service_agreement: "full" } });
  });

  it("refuses an unsupported country before anything is created, and a change of country once the account exists", async () => {
    const { expert } = await createActiveContract({ payoutsEnabled: false, expertCount: 1 });
    const refusal = startPayoutOnboarding({ user: expert, country: "KP" });
    await expect(refusal).rejects.toMatchObject({ code: "VALIDATION_FAILED", fields: { country: [expect.stringContaining("Stripe cannot pay out")] } });
    expect(await accountsOf(expert.expertProfileId!)).toEqual([]);
    expect(
      await db.expertProfile.findUniqueOrThrow({ where: { id: expert.expertProfileId! }, select: { stripeAccountId: true, payoutCountry: true } }),
    ).toEqual({
      stripeAccountId: null,
      payoutCountry: null,
    });

    await onboard(expert, "FR");
    await expect(startPayoutOnboarding({ user: expert, country: "GB" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("France"),
    });
    // The same country again is just another onboarding link.
    await expect(startPayoutOnboarding({ user: expert, country: "FR" })).resolves.toMatchObject({ url: expect.any(String) });
  });

  it("refreshes the stored status from Stripe", async () => {
    const { expert } = await createActiveContract({ payoutsEnabled: false, expertCount: 1 });
    harness.setProcessing(false);
    try {
      const accountId = await onboard(expert, "GB");
      await harness.control(`accounts/${accountId}/complete-onboarding`);
      // No webhook processed: the database still says what it knew.
      expect(await readStoredPayoutStatus({ user: expert })).toMatchObject({
        payoutsEnabled: false,
        currentlyDue: expect.arrayContaining(["external_account"]),
      });
      expect(await getPayoutStatus({ user: expert })).toMatchObject({ payoutsEnabled: true, currentlyDue: [], country: { code: "GB" }, currency: "GBP" });
      expect(await readStoredPayoutStatus({ user: expert })).toMatchObject({ payoutsEnabled: true, checkedAt: expect.any(String) });
    } finally {
      harness.setProcessing(true);
    }
  });
});
