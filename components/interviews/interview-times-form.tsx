"use client";

import { type FormEvent, useEffect, useState } from "react";
import type { FieldErrorMap } from "@/components/auth/field-errors";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { MAX_INTERVIEW_SLOTS } from "@/lib/interviews/schemas";

export type InterviewTimesValues = {
  timeZone: string;
  slots: { startsAt: string; durationMinutes: number }[];
  callUrl?: string;
  note?: string;
};

const DURATIONS = [15, 30, 45, 60, 90, 120];

type Props = {
  /** Shown above the times: who the form is for. */
  legend: string;
  submitLabel: string;
  timeZone: string;
  timeZones: readonly string[];
  /** The client provides the call link; undefined hides the field (the expert never changes it). */
  initialCallUrl?: string;
  isPending: boolean;
  fieldErrors: FieldErrorMap;
  onSubmit: (values: InterviewTimesValues) => void;
  onCancel?: () => void;
};

/** Up to three times, entered as wall-clock times in the chosen zone (preset to the person's own). */
export function InterviewTimesForm({
  legend,
  submitLabel,
  timeZone: initialZone,
  timeZones,
  initialCallUrl,
  isPending,
  fieldErrors,
  onSubmit,
  onCancel,
}: Props) {
  const [timeZone, setTimeZone] = useState(initialZone);
  const [slots, setSlots] = useState([{ startsAt: "", durationMinutes: 45 }]);
  const [callUrl, setCallUrl] = useState(initialCallUrl ?? "");
  const [note, setNote] = useState("");
  const hasCallUrl = initialCallUrl !== undefined;

  useEffect(() => {
    if (!initialZone) setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, [initialZone]);

  const changeSlot = (index: number, change: Partial<(typeof slots)[number]>) =>
    setSlots((current) => current.map((slot, at) => (at === index ? { ...slot, ...change } : slot)));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit({
      timeZone,
      slots,
      ...(hasCallUrl ? { callUrl: callUrl.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  }

  const zones = timeZone && !timeZones.includes(timeZone) ? [timeZone, ...timeZones] : timeZones;
  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4" aria-label={legend}>
      <Select
        label="Time zone of these times"
        name="timeZone"
        value={timeZone}
        error={fieldErrors.timeZone}
        onChange={(event) => setTimeZone(event.target.value)}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </Select>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-900">Times you can offer (up to {MAX_INTERVIEW_SLOTS})</legend>
        {slots.map((slot, index) => (
          <div key={index} className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end">
            <Input
              type="datetime-local"
              label={`Time ${index + 1}`}
              name={`slots.${index}.startsAt`}
              value={slot.startsAt}
              error={fieldErrors[`slots.${index}.startsAt`] ?? (index === 0 ? fieldErrors.slots : undefined)}
              onChange={(event) => changeSlot(index, { startsAt: event.target.value })}
              required
            />
            <Select
              label={`Length of time ${index + 1}`}
              name={`slots.${index}.durationMinutes`}
              value={String(slot.durationMinutes)}
              error={fieldErrors[`slots.${index}.durationMinutes`]}
              onChange={(event) => changeSlot(index, { durationMinutes: Number(event.target.value) })}
            >
              {DURATIONS.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes} minutes
                </option>
              ))}
            </Select>
            {slots.length > 1 && (
              <Button variant="ghost" size="sm" onClick={() => setSlots((current) => current.filter((_, at) => at !== index))}>
                Remove time {index + 1}
              </Button>
            )}
          </div>
        ))}
        {slots.length < MAX_INTERVIEW_SLOTS && (
          <Button variant="secondary" size="sm" onClick={() => setSlots((current) => [...current, { startsAt: "", durationMinutes: 45 }])}>
            Add another time
          </Button>
        )}
      </fieldset>
      {hasCallUrl && (
        <Input
          type="url"
          label="Call link"
          name="callUrl"
          inputMode="url"
          placeholder="https://meet.example.com/abc-defg-hij"
          hint="Only you and the expert see it. It goes into the calendar invite."
          value={callUrl}
          error={fieldErrors.callUrl}
          onChange={(event) => setCallUrl(event.target.value)}
          required
        />
      )}
      <Textarea
        label="Note"
        name="note"
        isOptional
        rows={2}
        maxLength={1000}
        value={note}
        error={fieldErrors.note}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" isLoading={isPending} loadingLabel="Sending…">
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel} disabled={isPending}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
