"use client";

import { useCallback, useId } from "react";
import { Input } from "@/components/ui/input";
import { TimezoneSelect } from "@/components/ui/timezone-select";
import type { FieldProps } from "./form-values";

export function AvailabilityFields({ values, errors, onChange, timeZones }: FieldProps & { timeZones: readonly string[] }) {
  const availableId = useId();
  const changeTimezone = useCallback((timezone: string) => onChange({ timezone }), [onChange]);

  return (
    <div className="space-y-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <Input
          label="Hours a week you can work"
          name="weeklyAvailableHours"
          type="number"
          inputMode="numeric"
          required
          min={5}
          max={60}
          hint="5 to 60. We invite you to requests that fit these hours."
          value={values.weeklyAvailableHours}
          error={errors.weeklyAvailableHours}
          onChange={(event) => onChange({ weeklyAvailableHours: event.target.value })}
        />
        <TimezoneSelect
          hint="Clients see how many of your working hours overlap with theirs."
          value={values.timezone}
          error={errors.timezone}
          timeZones={timeZones}
          onChange={changeTimezone}
        />
      </div>
      <div className="flex gap-3">
        <input
          id={availableId}
          type="checkbox"
          name="isAvailable"
          checked={values.isAvailable}
          onChange={(event) => onChange({ isAvailable: event.target.checked })}
          aria-describedby={`${availableId}-hint`}
          className="mt-0.5 size-4 shrink-0 accent-indigo-600"
        />
        <div>
          <label htmlFor={availableId} className="text-sm font-medium text-slate-900">
            Available for new work
          </label>
          <p id={`${availableId}-hint`} className="text-sm text-slate-600">
            Untick this while you are fully booked: we stop inviting you until you tick it again.
          </p>
        </div>
      </div>
    </div>
  );
}
