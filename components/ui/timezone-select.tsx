"use client";

import { useEffect } from "react";
import { Select } from "./select";

type TimezoneSelectProps = {
  value: string;
  error?: string;
  hint?: string;
  /** The IANA zones offered; a saved value outside them is offered too. */
  timeZones: readonly string[];
  onChange: (timezone: string) => void;
};

/** "Your timezone", preset to the browser's zone: the browser knows it, the server that rendered the page does not. */
export function TimezoneSelect({ value, error, hint, timeZones, onChange }: TimezoneSelectProps) {
  const hasTimezone = value !== "";
  useEffect(() => {
    if (!hasTimezone) onChange(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, [hasTimezone, onChange]);
  const zones = value && !timeZones.includes(value) ? [value, ...timeZones] : timeZones;
  return (
    <Select
      label="Your timezone"
      name="timezone"
      required
      placeholder="Choose a timezone"
      hint={hint}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    >
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll("_", " ")}
        </option>
      ))}
    </Select>
  );
}
