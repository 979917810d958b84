import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordCardSetup, recordCardSetupSession } from "@/lib/payment-methods/record-saved-card";
import { getSavedCard, hasSavedCard } from "@/lib/payment-methods/saved-card";
import { startCardSetup } from "@/lib/payment-methods/start-card-setup";
import { exportSavedCards } from "@/lib/privacy/export-saved-cards";
import { stripe } from "@/lib/stripe";
import { createFundableContract, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { DECLINING_CARD, saveCard } from "../fixtures/saved-cards";
import { addColleague } from "../fixtures/teams";

let harness: PaymentHarness;
beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => {
  await harness.stop();
});

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));

async function customerOf(companyId: string) {
  const { stripeCustomerId } = await db.company.findUniqueOrThrow({ where: { id: companyId }, select: { stripeCustomerId: true } });
  return stripe().customers.retrieve(stripeCustomerId!) as Promise<import("stripe").Stripe.Customer>;
}

describe("saving a card", () => {
  it("saves the company's card through Checkout in setup mode: shown as Visa •••• 4242, the Customer's default", async () => {
    const { client } = await createFundableContract(harness, [10_000], { payouts: false });
    expect(await hasSavedCard(client.companyId!)).toBe(false);
    expect((await getSavedCard({ user: client })).card).toBeNull();
    await saveCard(harness, client);

    const { card } = await getSavedCard({ user: client });
    expect(card).toMatchObject({ label: "Visa •••• 4242", expires: "04/29", brand: "visa", last4: "4242" });
    expect(await hasSavedCard(client.companyId!)).toBe(true);
    const saved = await db.savedCard.findUniqueOrThrow({
      where: { companyId: client.companyId! },
      select: { stripePaymentMethodId: true, savedByUserId: true },
    });
    expect(saved.savedByUserId).toBe(client.id);
    expect((await customerOf(client.companyId!)).invoice_settings.default_payment_method).toBe(saved.stripePaymentMethodId);
    expect(await db.auditLog.count({ where: { action: "billing.card-saved", targetId: client.companyId! } })).toBe(1);
  });

  it("replaces the card: the new one becomes the default, the old one is detached; replays and older setups change nothing", async () => {
    const { client } = await createFundableContract(harness, [10_000], { payouts: false });
    const first = await saveCard(harness, client);
    const old = await db.savedCard.findUniqueOrThrow({
      where: { companyId: client.companyId! },
      select: { stripePaymentMethodId: true, stripeSetupIntentId: true },
    });
    const second = await saveCard(harness, client, DECLINING_CARD, "11/31");
    const current = await db.savedCard.findUniqueOrThrow({ where: { companyId: client.companyId! }, select: { stripePaymentMethodId: true, last4: true } });
    expect(current.last4).toBe("0341");
    expect((await customerOf(client.companyId!)).invoice_settings.default_payment_method).toBe(current.stripePaymentMethodId);
    expect((await stripe().paymentMethods.retrieve(old.stripePaymentMethodId)).customer).toBeNull();

    // The return pages of both sessions, and the first card's webhook again, in any order: the newer card stays.
    await Promise.all([recordCardSetupSession(second.sessionId), recordCardSetupSession(first.sessionId), recordCardSetup(old.stripeSetupIntentId)]);
    expect((await getSavedCard({ user: client })).card).toMatchObject({ label: "Visa •••• 0341", expires: "11/31" });
    expect(await db.auditLog.count({ where: { action: "billing.card-saved", targetId: client.companyId! } })).toBe(2);
  });

  it("lets owners and finance members manage the card; hiring managers and viewers are refused", async () => {
    const { client } = await createFundableContract(harness, [10_000], { payouts: false });
    const finance = await addColleague(client.companyId!, "FINANCE");
    await db.user.update({ where: { id: finance.id }, data: { emailVerifiedAt: new Date() } });
    expect((await startCardSetup({ user: finance })).checkoutUrl).toContain("/checkout/pay/");
    for (const role of ["HIRING_MANAGER", "VIEWER"] as const) {
      const colleague = await addColleague(client.companyId!, role);
      expect(codeOf(await startCardSetup({ user: colleague }).catch((error) => error))).toBe("FORBIDDEN");
      expect(codeOf(await getSavedCard({ user: colleague }).catch((error) => error))).toBe("FORBIDDEN");
    }
    // One Customer per company, however many setups start.
    await startCardSetup({ user: client });
    const customers = await db.company.findUniqueOrThrow({ where: { id: client.companyId! }, select: { stripeCustomerId: true } });
    expect(customers.stripeCustomerId).toMatch(/^cus_/);
  });

  it("lists only the card's brand and last four digits in the saver's data export", async () => {
    const { client } = await createFundableContract(harness, [10_000], { payouts: false });
    await saveCard(harness, client);
    const exported = await exportSavedCards(client.id);
    expect(exported).toEqual([{ company: expect.any(String), card: "Visa •••• 4242", savedAt: expect.any(String) }]);
    expect(JSON.stringify(exported)).not.toMatch(/pm_|cus_|seti_|04\/29/);
  });
});
