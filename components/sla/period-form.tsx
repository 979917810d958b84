import { buttonClasses } from "@/components/ui/button-styles";
import { Select } from "@/components/ui/select";

const PERIODS = [
  { days: 1, label: "Last 24 hours" },
  { days: 7, label: "Last 7 days" },
  { days: 30, label: "Last 30 days" },
  { days: 90, label: "Last 90 days" },
  { days: 365, label: "Last 12 months" },
];

/** A plain GET form: the period lives in the URL, so a board can be shared and works without JavaScript. */
export function PeriodForm({ periodDays }: { periodDays: number }) {
  const periods = PERIODS.some((period) => period.days === periodDays)
    ? PERIODS
    : [...PERIODS, { days: periodDays, label: `Last ${periodDays} days` }].sort((a, b) => a.days - b.days);
  return (
    <form method="get" action="/admin/sla" className="flex flex-wrap items-end gap-3">
      <Select label="Statistics period" name="periodDays" defaultValue={String(periodDays)} fieldClassName="w-48">
        {periods.map((period) => (
          <option key={period.days} value={period.days}>
            {period.label}
          </option>
        ))}
      </Select>
      <button type="submit" className={buttonClasses({ variant: "secondary" })}>
        Show
      </button>
    </form>
  );
}
