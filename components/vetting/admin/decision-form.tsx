"use client";

import { useId, useRef, useState } from "react";
import { bodyFor, useApiCall } from "@/components/api/use-api-call";
import { useFocusFirstInvalid } from "@/components/contracts/form-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";
import { formatStatus } from "@/lib/format";
import { decisionBodySchema } from "@/lib/vetting/admin/schemas";
import { NEXT_STAGE, type ReviewStage, STAGE_CRITERIA } from "@/lib/vetting/transitions";
import { ScoreFieldset } from "./score-fieldset";

type Decision = "ADVANCE" | "REJECT";

type DecisionFormProps = { expertProfileId: string; applicantName: string; stage: ReviewStage; canAdvance: boolean };

/** Scores for the stage's criteria, internal notes, and advance or reject (a rejection needs a reason the applicant reads). */
export function DecisionForm({ expertProfileId, applicantName, stage, canAdvance }: DecisionFormProps) {
  const { toast } = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const interviewFirstId = useId();
  const [scores, setScores] = useState<Record<string, number>>({});
  const [notes, setNotes] = useState("");
  const [reason, setReason] = useState("");
  const [chosen, setChosen] = useState<Decision | null>(null);
  const { isPending, problem, fieldErrors, setFieldErrors, run } = useApiCall();
  useFocusFirstInvalid(formRef, fieldErrors);
  const nextStage = NEXT_STAGE[stage] ?? "APPROVED";
  const advanceLabel = nextStage === "APPROVED" ? "Approve" : `Advance to ${formatStatus(nextStage).toLowerCase()}`;

  function decide(decision: Decision) {
    const input = { stage, decision, scores, notes, ...(decision === "REJECT" && { reason }) };
    const built = bodyFor(decisionBodySchema, input);
    if ("errors" in built) return setFieldErrors(built.errors);
    setChosen(decision);
    const outcome =
      decision === "REJECT"
        ? "was rejected and has been told why"
        : nextStage === "APPROVED"
          ? "is approved"
          : `moved to ${formatStatus(nextStage).toLowerCase()}`;
    run(() => callApi("POST /api/v1/admin/applicants/{id}/decisions", { params: { id: expertProfileId }, body: built.body }), {
      onDone: () => void toast(`${applicantName} ${outcome}.`, { tone: "success" }),
    });
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => event.preventDefault()}
      aria-labelledby="decision-heading"
      className="space-y-5 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
    >
      <div>
        <h2 id="decision-heading" className="text-lg font-semibold text-slate-900">
          Decision at {formatStatus(stage).toLowerCase()}
        </h2>
        <p className="mt-1 text-sm text-slate-600">Score each criterion from 1 (weak) to 5 (outstanding). Scores and notes stay with the admins.</p>
      </div>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem.message}
        </Alert>
      )}
      {STAGE_CRITERIA[stage].map((criterion) => (
        <ScoreFieldset
          key={criterion.key}
          name={`score-${criterion.key}`}
          label={criterion.label}
          value={scores[criterion.key]}
          error={fieldErrors[`scores.${criterion.key}`]}
          disabled={isPending}
          onChange={(score) => setScores((current) => ({ ...current, [criterion.key]: score }))}
        />
      ))}
      <Textarea
        label="Internal notes"
        isOptional
        rows={3}
        maxLength={4000}
        hint="Only admins see these."
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
        error={fieldErrors.notes}
      />
      <Textarea
        label="Reason for the applicant"
        rows={3}
        maxLength={2000}
        hint="Needed to reject. The applicant reads it in their notification and email: be specific and kind."
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldErrors.reason}
      />
      {!canAdvance && (
        <p id={interviewFirstId} className="text-sm text-slate-700">
          Record the interview results before approving.
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button
          onClick={() => decide("ADVANCE")}
          isLoading={isPending && chosen === "ADVANCE"}
          loadingLabel={nextStage === "APPROVED" ? "Approving…" : "Advancing…"}
          disabled={!canAdvance || (isPending && chosen !== "ADVANCE")}
          aria-describedby={canAdvance ? undefined : interviewFirstId}
        >
          {advanceLabel}
        </Button>
        <Button
          variant="danger"
          onClick={() => decide("REJECT")}
          isLoading={isPending && chosen === "REJECT"}
          loadingLabel="Rejecting…"
          disabled={isPending && chosen !== "REJECT"}
        >
          Reject
        </Button>
      </div>
    </form>
  );
}
