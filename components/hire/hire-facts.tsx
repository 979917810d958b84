import { formatCount, formatMinutes, formatMoney } from "@/lib/format";
import type { HirePage } from "@/lib/hire-pages/types";

/** The page's numbers, each with where it comes from. A number drawn from too few experts or requests is not shown. */
export function HireFacts({ page }: { page: HirePage }) {
  const { rateRange, shortlistTime } = page;
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      <Fact label="Verified experts" value={String(page.verifiedExpertCount)}>
        {page.verifiedExpertCount > 0
          ? `Approved experts whose ${page.name} skills our team verified.`
          : "None approved yet. You can still raise a request: if nobody fits within 8 hours, we tell you, and you pay nothing."}
      </Fact>
      {rateRange && (
        <Fact
          label="Typical hourly rate"
          value={`${formatMoney(rateRange.p25Cents, rateRange.currency)} – ${formatMoney(rateRange.p75Cents, rateRange.currency)}`}
        >
          The middle half of {formatCount(rateRange.sampleSize, "expert")}' rates in {rateRange.currency} (median{" "}
          {formatMoney(rateRange.medianCents, rateRange.currency)}). Each expert sets their own rate.
        </Fact>
      )}
      <Fact label="Time to a shortlist" value={shortlistTime ? formatMinutes(shortlistTime.medianMinutes) : "Within 8 hours"}>
        {shortlistTime
          ? `Median across ${formatCount(shortlistTime.sampleSize, "request")} for these skills. Our promise is 8 hours from submitting.`
          : "Our promise, from the moment you submit: experts who have already said yes, with why each one fits."}
      </Fact>
    </dl>
  );
}

function Fact({ label, value, children }: { label: string; value: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="order-first text-2xl font-bold tracking-tight text-slate-900">{value}</dd>
      <dd className="mt-2 text-sm text-slate-700">{children}</dd>
    </div>
  );
}
