"use client";

import type { FieldErrorMap } from "@/components/auth/field-errors";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { describeDay } from "@/lib/timesheets/week-words";

export type EntryValues = { date: string; hours: string; description: string };

/** The hours as typed, as the number the schema checks ("1.5" → 1.5; anything else fails its check). */
export const entryBody = (values: EntryValues) => ({
  date: values.date,
  hours: /^\d+(\.\d+)?$/.test(values.hours.trim()) ? Number(values.hours.trim()) : Number.NaN,
  description: values.description,
});

type TimeEntryFieldsProps = { values: EntryValues; days: string[]; errors: FieldErrorMap; onChange: (values: EntryValues) => void; idPrefix: string };

/** The day (this week, up to today), the hours in quarter steps and what was done. */
export function TimeEntryFields({ values, days, errors, onChange, idPrefix }: TimeEntryFieldsProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-[12rem_8rem_1fr]">
      <Select
        id={`${idPrefix}-date`}
        label="Day"
        name="date"
        required
        value={values.date}
        error={errors.date}
        onChange={(event) => onChange({ ...values, date: event.target.value })}
      >
        {days.map((day) => (
          <option key={day} value={day}>
            {describeDay(day)}
          </option>
        ))}
      </Select>
      <Input
        id={`${idPrefix}-hours`}
        label="Hours"
        name="hours"
        inputMode="decimal"
        required
        placeholder="1.5"
        hint="Quarter hours"
        value={values.hours}
        error={errors.hours}
        onChange={(event) => onChange({ ...values, hours: event.target.value })}
      />
      <Textarea
        id={`${idPrefix}-description`}
        label="What you worked on"
        name="description"
        rows={2}
        required
        maxLength={1000}
        value={values.description}
        error={errors.description}
        onChange={(event) => onChange({ ...values, description: event.target.value })}
      />
    </div>
  );
}
