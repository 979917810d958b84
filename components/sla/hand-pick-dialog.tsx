"use client";

import { useState, useTransition } from "react";
import { handPickAction } from "@/app/(admin)/admin/sla/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";
import { type Candidate, HandPickCandidateList } from "./hand-pick-candidate-list";

type Candidates = { status: "loading" } | { status: "ready"; candidates: Candidate[] } | { status: "failed"; message: string };

/** Opens a list of approved experts who cover the request's required skills; picking one puts them on the shortlist. */
export function HandPickDialog({ requestId, requestTitle }: { requestId: string; requestTitle: string }) {
  const { toast } = useToast();
  const [isOpen, setOpen] = useState(false);
  const [candidates, setCandidates] = useState<Candidates>({ status: "loading" });
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [pickingId, setPickingId] = useState<string | null>(null);
  const [isPicking, startPicking] = useTransition();

  async function loadCandidates() {
    setCandidates({ status: "loading" });
    const answer = await callApi("GET /api/v1/admin/requests/{id}/hand-pick-candidates", { params: { id: requestId } });
    setCandidates(answer.ok ? { status: "ready", candidates: answer.data.candidates } : { status: "failed", message: answer.message });
  }

  function open() {
    setProblem(null);
    setOpen(true);
    void loadCandidates();
  }

  function pick(candidate: Candidate) {
    if (isPicking) return;
    setProblem(null);
    setPickingId(candidate.expertProfileId);
    startPicking(async () => {
      const result = await handPickAction(requestId, { expertProfileId: candidate.expertProfileId, ...(note.trim() ? { note } : {}) }).catch(() => ({
        ok: false as const,
        message: "We could not reach Vetted. Check your connection and try again.",
      }));
      setPickingId(null);
      if (!result.ok) return setProblem(result.message);
      toast(`${candidate.name} is on the shortlist for “${requestTitle}”.`, { tone: "success" });
      // The action revalidated the board: the row updates once the dialog closes.
      setOpen(false);
    });
  }

  return (
    <>
      <Button size="sm" variant="secondary" onClick={open}>
        Hand-pick<span className="sr-only"> experts for “{requestTitle}”</span>
      </Button>
      <Dialog
        open={isOpen}
        onClose={() => setOpen(false)}
        title={`Hand-pick for “${requestTitle}”`}
        description="Approved, available experts who cover every required skill, best rated first. A pick goes straight onto the shortlist and is recorded in the audit log."
        footer={
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Close
          </Button>
        }
      >
        <div className="space-y-4">
          {problem && (
            <Alert tone="danger" role="alert">
              {problem}
            </Alert>
          )}
          <Textarea
            label="Note shown with the pick"
            isOptional
            rows={2}
            maxLength={1000}
            hint="The client sees it beside the expert, e.g. why you chose them."
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          {candidates.status === "loading" && (
            <p className="text-sm text-slate-600" role="status">
              Loading candidates…
            </p>
          )}
          {candidates.status === "failed" && <Alert tone="danger">{candidates.message}</Alert>}
          {candidates.status === "ready" && (
            <HandPickCandidateList candidates={candidates.candidates} pickingId={pickingId} isPicking={isPicking} onPick={pick} />
          )}
        </div>
      </Dialog>
    </>
  );
}
