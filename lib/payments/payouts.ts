import { requireVerifiedEmail } from "@/lib/accounts/require-verified-email";
import { appUrl } from "@/lib/app-url";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { stripe } from "@/lib/stripe";
import { assertExpert } from "./assert-expert";
import { findPayoutCountry, needsRecipientAgreement, PLATFORM_COUNTRY } from "./payout-countries";
import { type PayoutAccountSnapshot, saveAccountSnapshot } from "./payout-status";
import { callStripe } from "./stripe-call";

// Experts are paid through Stripe Connect Express accounts, set up through Account Links, in the
// country they choose from lib/payments/payout-countries.ts. Whether payouts work is Stripe's to say:
// account.updated makes us read the account again, so events in any order leave the latest truth.

function refuseCountry(message: string): never {
  throw new AppError("VALIDATION_FAILED", message, { fields: { country: [message] } });
}

export async function startPayoutOnboarding({ user, country }: { user: SessionUser; country?: string }) {
  assertExpert(user);
  const profile = await db.expertProfile.findUniqueOrThrow({
    where: { id: user.expertProfileId },
    select: { id: true, stripeAccountId: true, payoutCountry: true, vettingStatus: true },
  });
  if (profile.vettingStatus !== "APPROVED") throw conflict("Payouts open once your application is approved.");
  await requireVerifiedEmail(db, user.id);
  let accountId = profile.stripeAccountId;
  if (accountId && country && profile.payoutCountry && country.toUpperCase() !== profile.payoutCountry) {
    throw conflict(
      `Your payout account is set up for ${findPayoutCountry(profile.payoutCountry)?.name ?? profile.payoutCountry}; Stripe does not let an account change country. Contact support to start over in another country.`,
    );
  }
  if (!accountId) {
    // API callers that name no country get the platform's; the Payouts page always asks.
    const payoutCountry = findPayoutCountry(country ?? PLATFORM_COUNTRY);
    if (!payoutCountry)
      refuseCountry(
        "Stripe cannot pay out to bank accounts in that country yet, so Vetted cannot pay you there. Choose another country you hold a bank account in.",
      );
    const account = await callStripe("create your payout account", () =>
      stripe().accounts.create(
        {
          type: "express",
          country: payoutCountry.code,
          email: user.email,
          capabilities: { transfers: { requested: true } },
          ...(needsRecipientAgreement(payoutCountry.code) ? { tos_acceptance: { service_agreement: "recipient" as const } } : {}),
          metadata: { expertProfileId: profile.id },
        },
        { idempotencyKey: `connect-account:${profile.id}:${payoutCountry.code}` },
      ),
    );
    await db.expertProfile.updateMany({ where: { id: profile.id, stripeAccountId: null }, data: { stripeAccountId: account.id } });
    accountId = (await db.expertProfile.findUniqueOrThrow({ where: { id: profile.id }, select: { stripeAccountId: true } })).stripeAccountId!;
    if (accountId === account.id) await saveAccountSnapshot(account as PayoutAccountSnapshot);
  }
  const link = await callStripe("open payout setup", () =>
    stripe().accountLinks.create({
      account: accountId,
      type: "account_onboarding",
      refresh_url: appUrl("/expert/payouts?refresh=1"),
      return_url: appUrl("/expert/payouts"),
    }),
  );
  return { url: link.url };
}

/** Stripe's Express dashboard for the expert's own account (payouts, bank details, tax forms). */
export async function createPayoutDashboardLink({ user }: { user: SessionUser }) {
  assertExpert(user);
  const profile = await db.expertProfile.findUniqueOrThrow({ where: { id: user.expertProfileId }, select: { stripeAccountId: true, payoutsEnabled: true } });
  const accountId = profile.stripeAccountId;
  if (!accountId || !profile.payoutsEnabled) throw conflict("Your Stripe dashboard opens once your payout setup is finished.");
  const link = await callStripe("open your Stripe dashboard", () => stripe().accounts.createLoginLink(accountId));
  return { url: link.url };
}
