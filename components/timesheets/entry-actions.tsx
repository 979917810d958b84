"use client";

import { useState } from "react";
import { ActionDialog } from "@/components/contracts/action-dialog";
import { checkWith } from "@/components/contracts/form-errors";
import { callApi } from "@/lib/endpoints/client";
import { timeEntryInputSchema } from "@/lib/timesheets/schemas";
import { describeDay } from "@/lib/timesheets/week-words";
import { type EntryValues, entryBody, TimeEntryFields } from "./time-entry-fields";

type Entry = { id: string; date: string; hours: number; description: string };

/** Edit and Remove for one entry of the open week. */
export function EntryActions({ entry, days }: { entry: Entry; days: string[] }) {
  const [values, setValues] = useState<EntryValues>({ date: entry.date, hours: String(entry.hours), description: entry.description });
  const params = { id: entry.id };
  const day = describeDay(entry.date);
  return (
    <div className="flex flex-wrap gap-2">
      <ActionDialog
        triggerLabel="Edit"
        title={`Edit the entry of ${day}`}
        description="The weekly cap still applies."
        buildBody={() => checkWith(timeEntryInputSchema, entryBody(values))}
        call={(body) => callApi("PUT /api/v1/time-entries/{id}", { params, body })}
        submitLabel="Save"
        pendingLabel="Saving…"
        successMessage="Saved."
      >
        {(errors) => <TimeEntryFields values={values} days={days} errors={errors} onChange={setValues} idPrefix={`edit-${entry.id}`} />}
      </ActionDialog>
      <ActionDialog
        triggerLabel="Remove"
        title={`Remove ${entry.hours} h on ${day}?`}
        description="The hours come off this week's total."
        call={() => callApi("DELETE /api/v1/time-entries/{id}", { params })}
        submitLabel="Yes, remove"
        submitVariant="danger"
        pendingLabel="Removing…"
        successMessage="Removed."
      />
    </div>
  );
}
