import { buttonClasses } from "./button-styles";
import { Select } from "./select";

export type PeriodChoice = { days: number; label: string };

type PeriodFormProps = {
  action: string;
  label: string;
  submitLabel: string;
  periodDays: number;
  /** The periods offered; a period from the URL that is not among them is offered too. */
  choices: readonly PeriodChoice[];
  /** Other query parameters the page keeps, e.g. a board's filters. */
  kept?: [string, string][];
};

/** A plain GET form: the period lives in the URL, so a board can be shared and works without JavaScript. */
export function PeriodForm({ action, label, submitLabel, periodDays, choices, kept = [] }: PeriodFormProps) {
  const periods = choices.some((period) => period.days === periodDays)
    ? choices
    : [...choices, { days: periodDays, label: `Last ${periodDays} days` }].sort((a, b) => a.days - b.days);
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3">
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Select label={label} name="periodDays" defaultValue={String(periodDays)} fieldClassName="w-48">
        {periods.map((period) => (
          <option key={period.days} value={period.days}>
            {period.label}
          </option>
        ))}
      </Select>
      <button type="submit" className={buttonClasses({ variant: "secondary" })}>
        {submitLabel}
      </button>
    </form>
  );
}
