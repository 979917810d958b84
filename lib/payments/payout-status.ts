import type Stripe from "stripe";
import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { assertExpert } from "./assert-expert";
import { findPayoutCountry } from "./payout-countries";
import { notifyClientsFundingOpen } from "./payout-readiness";
import { callStripe } from "./stripe-call";

export type PayoutAccountSnapshot = Pick<
  Stripe.Account,
  "id" | "country" | "default_currency" | "payouts_enabled" | "details_submitted" | "requirements" | "settings"
>;

/** The payout state a profile stores (Stripe's last word on it): shown on the payouts page, exported with the profile. */
export const PROFILE_PAYOUT_FIELDS = {
  stripeAccountId: true,
  payoutsEnabled: true,
  payoutCountry: true,
  payoutCurrency: true,
  payoutRequirements: true,
  payoutScheduleInterval: true,
  payoutScheduleDelayDays: true,
  payoutCheckedAt: true,
} as const;

type StoredPayoutFields = { [Key in keyof typeof PROFILE_PAYOUT_FIELDS]: Awaited<ReturnType<typeof readFields>>[Key] };
const readFields = (expertProfileId: string) => db.expertProfile.findUniqueOrThrow({ where: { id: expertProfileId }, select: PROFILE_PAYOUT_FIELDS });

function toStatus(fields: StoredPayoutFields) {
  const country = fields.payoutCountry ? findPayoutCountry(fields.payoutCountry) : null;
  return {
    hasAccount: fields.stripeAccountId !== null,
    payoutsEnabled: fields.payoutsEnabled,
    currentlyDue: fields.payoutRequirements,
    country: fields.payoutCountry ? { code: fields.payoutCountry, name: country?.name ?? fields.payoutCountry } : null,
    currency: fields.payoutCurrency,
    schedule: fields.payoutScheduleInterval ? { interval: fields.payoutScheduleInterval, delayDays: fields.payoutScheduleDelayDays } : null,
    checkedAt: fields.payoutCheckedAt?.toISOString() ?? null,
  };
}

export type PayoutStatus = ReturnType<typeof toStatus>;

/** What we last heard from Stripe, from our own database: the Payouts page renders it at once. */
export async function readStoredPayoutStatus({ user }: { user: SessionUser }) {
  assertExpert(user);
  return toStatus(await readFields(user.expertProfileId));
}

/** The Payouts page's first render: the stored status, and the profile's country to suggest for a new account. */
export async function readPayoutsPage({ user }: { user: SessionUser }) {
  assertExpert(user);
  const { country, ...fields } = await db.expertProfile.findUniqueOrThrow({
    where: { id: user.expertProfileId },
    select: { ...PROFILE_PAYOUT_FIELDS, country: true },
  });
  return { status: toStatus(fields), suggestedCountry: country && findPayoutCountry(country) ? country.toUpperCase() : null };
}

/** Asks Stripe, stores the answer and returns it (the page's background refresh). */
export async function getPayoutStatus({ user }: { user: SessionUser }) {
  assertExpert(user);
  const stored = await readFields(user.expertProfileId);
  const accountId = stored.stripeAccountId;
  if (!accountId) return toStatus(stored);
  const account = await callStripe("read your payout account", () => stripe().accounts.retrieve(accountId));
  await saveAccountSnapshot(account);
  return toStatus(await readFields(user.expertProfileId));
}

/** The account.updated webhook: re-read the account (the event may be older than what Stripe knows now). */
export async function syncPayoutAccount(accountId: string) {
  const account = await callStripe("read a payout account", () => stripe().accounts.retrieve(accountId));
  await saveAccountSnapshot(account);
}

/**
 * Stores Stripe's description of the account. Payouts turning on is one guarded change (false → true
 * in the `where`), so however often and in whatever order events replay, the clients waiting to fund
 * this expert are told once.
 */
export async function saveAccountSnapshot(account: PayoutAccountSnapshot) {
  const payoutsEnabled = Boolean(account.payouts_enabled && account.details_submitted);
  const schedule = account.settings?.payouts?.schedule;
  await db.$transaction(async (tx) => {
    const turnedOn = payoutsEnabled
      ? await tx.expertProfile.updateMany({ where: { stripeAccountId: account.id, payoutsEnabled: false }, data: { payoutsEnabled: true } })
      : { count: 0 };
    await tx.expertProfile.updateMany({
      where: { stripeAccountId: account.id },
      data: {
        payoutsEnabled,
        payoutCountry: account.country?.toUpperCase() ?? null,
        payoutCurrency: account.default_currency?.toUpperCase() ?? null,
        payoutRequirements: account.requirements?.currently_due ?? [],
        payoutScheduleInterval: schedule?.interval ?? null,
        payoutScheduleDelayDays: schedule?.delay_days ?? null,
        payoutCheckedAt: clockNow(),
      },
    });
    if (turnedOn.count) await notifyClientsFundingOpen(tx, account.id);
  });
  return payoutsEnabled;
}
