"use client";

import { type FormEvent, useId, useState } from "react";
import { acceptInvitationAction } from "@/app/(app)/expert/invitations/actions";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast";
import { acceptInvitationSchema } from "@/lib/invitations/schemas";
import { AnswerProblem } from "./answer-problem";
import { useAnswerSubmission } from "./use-answer-submission";

const FIELD_ORDER = ["confirmsAvailabilityAndRate", "note"] as const;

type AcceptInvitationFormProps = { matchId: string; requestTitle: string; onCancel: () => void };

export function AcceptInvitationForm({ matchId, requestTitle, onCancel }: AcceptInvitationFormProps) {
  const { toast } = useToast();
  const [confirms, setConfirms] = useState(false);
  const [note, setNote] = useState("");
  const checkboxId = useId();
  const { formRef, fieldErrors, problem, isPending, submit } = useAnswerSubmission({
    schema: acceptInvitationSchema,
    fieldOrder: FIELD_ORDER,
    send: (input) => acceptInvitationAction(matchId, input),
    onAnswered: () => toast(`You accepted “${requestTitle}”. We'll tell you when the client's shortlist is ready.`, { tone: "success" }),
  });
  const confirmError = fieldErrors.confirmsAvailabilityAndRate;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ confirmsAvailabilityAndRate: confirms, ...(note.trim() ? { note } : {}) });
  }

  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit} className="space-y-4" aria-label={`Accept “${requestTitle}”`}>
      {problem && <AnswerProblem problem={problem} />}
      <div>
        <div className="flex items-start gap-3">
          <input
            id={checkboxId}
            name="confirmsAvailabilityAndRate"
            type="checkbox"
            checked={confirms}
            onChange={(event) => setConfirms(event.target.checked)}
            aria-required="true"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={`${checkboxId}-hint${confirmError ? ` ${checkboxId}-error` : ""}`}
            // Opening the form moves focus to its first field.
            autoFocus
            className="mt-0.5 size-4 shrink-0 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          />
          <div>
            <label htmlFor={checkboxId} className="text-sm font-medium text-slate-900">
              My availability and rate still hold
            </label>
            <p id={`${checkboxId}-hint`} className="text-sm text-slate-600">
              You can take on the hours this request needs, at the rate on your profile.
            </p>
          </div>
        </div>
        {confirmError && (
          <p id={`${checkboxId}-error`} className="mt-1 text-sm font-medium text-red-700">
            {confirmError}
          </p>
        )}
      </div>
      <Textarea
        label="Note to the client"
        name="note"
        isOptional
        rows={3}
        maxLength={1000}
        hint="For example when you could start, or a question about the work."
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fieldErrors.note}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" isLoading={isPending} loadingLabel="Accepting…">
          Accept invitation
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
