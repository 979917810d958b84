import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { CURRENCIES } from "@/lib/payments/currencies";
import type { FieldProps } from "./form-values";

export function RateFields({ values, errors, onChange }: FieldProps) {
  // A profile may hold a currency the form no longer offers; it stays selectable until changed.
  const currencies: readonly string[] = CURRENCIES.some((currency) => currency === values.currency) ? CURRENCIES : [...CURRENCIES, values.currency];
  return (
    <div className="grid gap-5 sm:grid-cols-[10rem_1fr]">
      <Select label="Currency" name="currency" value={values.currency} error={errors.currency} onChange={(event) => onChange({ currency: event.target.value })}>
        {currencies.map((currency) => (
          <option key={currency} value={currency}>
            {currency}
          </option>
        ))}
      </Select>
      <Input
        label={`Hourly rate (${values.currency})`}
        name="hourlyRateCents"
        type="number"
        inputMode="decimal"
        required
        min={15}
        max={1000}
        step="0.01"
        hint="What clients pay per hour. Vetted keeps a platform fee (10% by default) from each payment when it is released to you."
        value={values.hourlyRate}
        error={errors.hourlyRateCents}
        onChange={(event) => onChange({ hourlyRate: event.target.value })}
      />
    </div>
  );
}
