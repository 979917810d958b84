import type { OutputOf } from "@/lib/endpoints/client";

type PayoutStatus = OutputOf<"GET /api/v1/payouts">;

const INTERVALS: Record<string, string> = { daily: "Daily", weekly: "Weekly", monthly: "Monthly", manual: "When you ask Stripe" };

function describeSchedule(schedule: NonNullable<PayoutStatus["schedule"]>) {
  const interval = INTERVALS[schedule.interval] ?? schedule.interval;
  if (schedule.interval === "manual" || schedule.delayDays === null) return interval;
  return `${interval}, ${schedule.delayDays} day${schedule.delayDays === 1 ? "" : "s"} after the money reaches your Stripe account`;
}

/** Country, currency and schedule of the payout account, as Stripe last described it. */
export function PayoutAccountFacts({ status }: { status: PayoutStatus }) {
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-3">
      <div>
        <dt className="text-slate-600">Country</dt>
        <dd className="font-medium text-slate-900">{status.country?.name ?? "Not known yet"}</dd>
        <dd className="text-xs text-slate-600">Stripe accounts cannot change country. To be paid in another country, contact support.</dd>
      </div>
      <div>
        <dt className="text-slate-600">Payout currency</dt>
        <dd className="font-medium text-slate-900">{status.currency ?? "Not known yet"}</dd>
      </div>
      <div>
        <dt className="text-slate-600">Payout schedule</dt>
        <dd className="font-medium text-slate-900">{status.schedule ? describeSchedule(status.schedule) : "Set by Stripe once your account is ready"}</dd>
      </div>
    </dl>
  );
}
