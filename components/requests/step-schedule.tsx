"use client";

import { useCallback } from "react";
import { Input } from "@/components/ui/input";
import { TimezoneSelect } from "@/components/ui/timezone-select";
import type { StepProps } from "./step-props";

const todayIso = () => new Date().toISOString().slice(0, 10);

export function StepSchedule({ values, errors, onChange, timeZones }: StepProps & { timeZones: readonly string[] }) {
  const changeTimezone = useCallback((timezone: string) => onChange({ timezone }), [onChange]);

  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <Input
        label="Start date"
        name="startDate"
        type="date"
        required
        min={todayIso()}
        value={values.startDate}
        error={errors.startDate}
        onChange={(event) => onChange({ startDate: event.target.value })}
      />
      <Input
        label="Duration in weeks"
        name="durationWeeks"
        type="number"
        inputMode="numeric"
        min={1}
        max={104}
        required
        value={values.durationWeeks}
        error={errors.durationWeeks}
        onChange={(event) => onChange({ durationWeeks: event.target.value })}
      />
      <Input
        label="Hours a week"
        name="hoursPerWeek"
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        required
        value={values.hoursPerWeek}
        error={errors.hoursPerWeek}
        onChange={(event) => onChange({ hoursPerWeek: event.target.value })}
      />
      <TimezoneSelect value={values.timezone} error={errors.timezone} timeZones={timeZones} onChange={changeTimezone} />
      <Input
        label="Working hours that must overlap with yours"
        name="minOverlapHours"
        type="number"
        inputMode="numeric"
        min={0}
        max={8}
        hint="Hours a day, 0 to 8. Your workday is taken as 9:00 to 17:00 in your timezone."
        value={values.minOverlapHours}
        error={errors.minOverlapHours}
        onChange={(event) => onChange({ minOverlapHours: event.target.value })}
      />
    </div>
  );
}
