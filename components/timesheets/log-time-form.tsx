"use client";

import { type FormEvent, useRef, useState } from "react";
import { useApiCall } from "@/components/api/use-api-call";
import { checkWith, useFocusFirstInvalid } from "@/components/contracts/form-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";
import { timeEntryInputSchema } from "@/lib/timesheets/schemas";
import { type EntryValues, entryBody, TimeEntryFields } from "./time-entry-fields";

/** The expert's "Log time" form for this week: checked with the server's schema first, then the cap on the server. */
export function LogTimeForm({ contractId, days, today }: { contractId: string; days: string[]; today: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const { toast } = useToast();
  const [values, setValues] = useState<EntryValues>({ date: today, hours: "", description: "" });
  const { isPending, problem, fieldErrors, setFieldErrors, run } = useApiCall();
  useFocusFirstInvalid(formRef, fieldErrors);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const built = checkWith(timeEntryInputSchema, entryBody(values));
    if ("errors" in built) return setFieldErrors(built.errors);
    run(() => callApi("POST /api/v1/contracts/{id}/time-entries", { params: { id: contractId }, body: built.body }), {
      onDone: () => {
        setValues({ date: values.date, hours: "", description: "" });
        toast("Logged.", { tone: "success" });
      },
    });
  }

  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit} aria-label="Log time" className="space-y-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
      {problem && !Object.keys(fieldErrors).length && (
        <Alert tone="danger" role="alert">
          {problem.message}
        </Alert>
      )}
      <TimeEntryFields values={values} days={days} errors={fieldErrors} onChange={setValues} idPrefix="log" />
      <Button type="submit" isLoading={isPending} loadingLabel="Logging…">
        Log time
      </Button>
    </form>
  );
}
