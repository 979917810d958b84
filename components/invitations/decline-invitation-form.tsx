"use client";

import { type FormEvent, useState } from "react";
import { declineInvitationAction } from "@/app/(app)/expert/invitations/actions";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast";
import { declineInvitationSchema } from "@/lib/invitations/schemas";
import { AnswerProblem } from "./answer-problem";
import { useAnswerSubmission } from "./use-answer-submission";

const FIELD_ORDER = ["reason"] as const;

type DeclineInvitationFormProps = { matchId: string; requestTitle: string; onCancel: () => void };

export function DeclineInvitationForm({ matchId, requestTitle, onCancel }: DeclineInvitationFormProps) {
  const { toast } = useToast();
  const [reason, setReason] = useState("");
  const { formRef, fieldErrors, problem, isPending, submit } = useAnswerSubmission({
    schema: declineInvitationSchema,
    fieldOrder: FIELD_ORDER,
    send: (input) => declineInvitationAction(matchId, input),
    onAnswered: () => toast(`You declined “${requestTitle}”. Thanks for answering quickly.`, { tone: "success" }),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ reason });
  }

  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit} className="space-y-4" aria-label={`Decline “${requestTitle}”`}>
      {problem && <AnswerProblem problem={problem} />}
      <Textarea
        label="Why are you declining?"
        name="reason"
        required
        rows={3}
        maxLength={500}
        hint="A sentence is enough, e.g. “Booked until March” or “Not my stack”. It helps us match you better."
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldErrors.reason}
        autoFocus
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger" isLoading={isPending} loadingLabel="Declining…">
          Decline invitation
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
