import { useId } from "react";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { BUDGET_TOLERANCE_CHOICES } from "@/lib/matching/budget-fit";
import { CURRENCIES } from "@/lib/payments/currencies";
import { toleranceLabel } from "./format";
import type { StepProps } from "./step-props";
import type { Currency, Engagement } from "./wizard-values";

const ENGAGEMENTS: { value: Engagement; label: string; description: string }[] = [
  { value: "FIXED_PRICE", label: "Fixed price", description: "Agree a price split into milestones; you fund each one when it starts." },
  { value: "HOURLY", label: "Hourly", description: "Pay for the hours worked, within the weekly hours you set." },
];

export function StepBudget({ values, errors, onChange }: StepProps) {
  const legendId = useId();
  const isHourly = values.engagement === "HOURLY";
  return (
    <div className="space-y-6">
      <fieldset aria-labelledby={legendId} className="space-y-3">
        <legend id={legendId} className="text-sm font-medium text-slate-900">
          How you want to engage
        </legend>
        {ENGAGEMENTS.map((engagement) => (
          <label
            key={engagement.value}
            className="flex cursor-pointer gap-3 rounded-lg p-3 ring-1 ring-slate-300 has-checked:ring-2 has-checked:ring-indigo-600"
          >
            <input
              type="radio"
              name="engagement"
              value={engagement.value}
              checked={values.engagement === engagement.value}
              onChange={() => onChange({ engagement: engagement.value })}
              className="mt-1 size-4 accent-indigo-600"
            />
            <span>
              <span className="block text-sm font-medium text-slate-900">{engagement.label}</span>
              <span className="block text-sm text-slate-600">{engagement.description}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <Select
        label="Currency"
        name="currency"
        value={values.currency}
        error={errors.currency}
        fieldClassName="max-w-40"
        onChange={(event) => onChange({ currency: event.target.value as Currency })}
      >
        {CURRENCIES.map((currency) => (
          <option key={currency} value={currency}>
            {currency}
          </option>
        ))}
      </Select>

      <div className="grid gap-5 sm:grid-cols-2">
        <Input
          label={`Lowest hourly rate (${values.currency})`}
          name="budgetMinCents"
          type="number"
          inputMode="decimal"
          min={10}
          max={1000}
          step="0.01"
          isOptional
          hint="Leave empty if any rate up to your maximum suits you."
          value={values.budgetMin}
          error={errors.budgetMinCents}
          onChange={(event) => onChange({ budgetMin: event.target.value })}
        />
        <Input
          label={`Highest hourly rate (${values.currency})`}
          name="budgetMaxCents"
          type="number"
          inputMode="decimal"
          min={10}
          max={1000}
          step="0.01"
          required
          hint={
            isHourly
              ? "Experts above it rank lower; we say so next to each match."
              : "For a fixed price, the rate finds experts whose price fits; the price itself is agreed in milestones."
          }
          value={values.budgetMax}
          error={errors.budgetMaxCents}
          onChange={(event) => onChange({ budgetMax: event.target.value })}
        />
      </div>

      <Select
        label="Show experts up to"
        name="budgetTolerancePercent"
        value={values.budgetTolerance}
        error={errors.budgetTolerancePercent}
        hint={`Nobody above this is matched. Experts quoting in another currency than ${values.currency} are not matched either: rates are not converted.`}
        fieldClassName="max-w-xs"
        onChange={(event) => onChange({ budgetTolerance: event.target.value })}
      >
        {BUDGET_TOLERANCE_CHOICES.map((percent) => (
          <option key={percent} value={String(percent)}>
            {toleranceLabel(percent)}
          </option>
        ))}
      </Select>
    </div>
  );
}
