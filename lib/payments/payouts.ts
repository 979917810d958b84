import { requireVerifiedEmail } from "@/lib/accounts/require-verified-email";
import { appUrl } from "@/lib/app-url";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { stripe } from "@/lib/stripe";
import { callStripe } from "./stripe-call";

// Experts are paid through Stripe Connect Express accounts, set up through Account Links. Whether
// payouts work is Stripe's to say: account.updated makes us read the account again, so events in any
// order leave the latest truth.

function assertExpert(user: SessionUser): asserts user is SessionUser & { expertProfileId: string } {
  if (user.role !== "EXPERT" || !user.expertProfileId) throw new AppError("FORBIDDEN", "Only experts set up payouts.");
}

export async function startPayoutOnboarding({ user }: { user: SessionUser }) {
  assertExpert(user);
  await requireVerifiedEmail(db, user.id);
  const profile = await db.expertProfile.findUniqueOrThrow({
    where: { id: user.expertProfileId },
    select: { id: true, stripeAccountId: true, vettingStatus: true },
  });
  if (profile.vettingStatus !== "APPROVED") throw new AppError("CONFLICT", "Payouts open once your application is approved.");
  let accountId = profile.stripeAccountId;
  if (!accountId) {
    const account = await callStripe("create your payout account", () =>
      stripe().accounts.create(
        { type: "express", email: user.email, capabilities: { transfers: { requested: true } }, metadata: { expertProfileId: profile.id } },
        { idempotencyKey: `connect-account:${profile.id}` },
      ),
    );
    await db.expertProfile.updateMany({ where: { id: profile.id, stripeAccountId: null }, data: { stripeAccountId: account.id } });
    accountId = (await db.expertProfile.findUniqueOrThrow({ where: { id: profile.id }, select: { stripeAccountId: true } })).stripeAccountId!;
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

export async function getPayoutStatus({ user }: { user: SessionUser }) {
  assertExpert(user);
  const profile = await db.expertProfile.findUniqueOrThrow({ where: { id: user.expertProfileId }, select: { stripeAccountId: true, payoutsEnabled: true } });
  if (!profile.stripeAccountId) return { hasAccount: false, payoutsEnabled: false, currentlyDue: [] };
  const accountId = profile.stripeAccountId;
  const account = await callStripe("read your payout account", () => stripe().accounts.retrieve(accountId));
  const payoutsEnabled = await savePayoutsEnabled(account.id, Boolean(account.payouts_enabled && account.details_submitted));
  return { hasAccount: true, payoutsEnabled, currentlyDue: account.requirements?.currently_due ?? [] };
}

/** The account.updated webhook: re-read the account (the event may be older than what Stripe knows now). */
export async function syncPayoutAccount(accountId: string) {
  const account = await callStripe("read a payout account", () => stripe().accounts.retrieve(accountId));
  await savePayoutsEnabled(account.id, Boolean(account.payouts_enabled && account.details_submitted));
}

async function savePayoutsEnabled(accountId: string, payoutsEnabled: boolean) {
  await db.expertProfile.updateMany({ where: { stripeAccountId: accountId }, data: { payoutsEnabled } });
  return payoutsEnabled;
}
