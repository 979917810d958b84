"use client";

import type { FieldErrorMap } from "@/components/auth/field-errors";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ProposalValues } from "./proposal-values";

type HourlyTermsFieldsProps = {
  values: ProposalValues;
  currency: string;
  timeZones: readonly string[];
  errors: FieldErrorMap;
  onChange: (values: ProposalValues) => void;
};

/** The rate, the weekly cap and the time zone whose Monday–Sunday weeks are billed. */
export function HourlyTermsFields({ values, currency, timeZones, errors, onChange }: HourlyTermsFieldsProps) {
  const zones = values.weekTimeZone && !timeZones.includes(values.weekTimeZone) ? [values.weekTimeZone, ...timeZones] : timeZones;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Input
        label={`Hourly rate (${currency})`}
        name="hourlyRate"
        inputMode="decimal"
        required
        placeholder="85.00"
        value={values.hourlyRate}
        error={errors.hourlyRateCents}
        onChange={(event) => onChange({ ...values, hourlyRate: event.target.value })}
      />
      <Input
        label="Weekly cap (hours)"
        name="weeklyCapHours"
        inputMode="decimal"
        required
        placeholder="40"
        hint="Whole or quarter hours. The expert cannot log more in a week."
        value={values.weeklyCapHours}
        error={errors.weeklyCapHours}
        onChange={(event) => onChange({ ...values, weeklyCapHours: event.target.value })}
      />
      <Select
        label="Weeks run Monday to Sunday in"
        name="weekTimeZone"
        required
        hint="Each week closes at the end of Sunday in this time zone; you then review its hours."
        fieldClassName="sm:col-span-2"
        value={values.weekTimeZone}
        error={errors.weekTimeZone}
        onChange={(event) => onChange({ ...values, weekTimeZone: event.target.value })}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </Select>
    </div>
  );
}
