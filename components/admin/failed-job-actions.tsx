"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";

type Decision = "retry" | "discard";

const WORDS = {
  retry: {
    button: "Retry",
    title: "Retry this job?",
    description: "It is queued to run at once, with all its attempts ahead of it. The retry is kept in the audit log.",
    confirm: "Retry now",
    pending: "Retrying…",
  },
  discard: {
    button: "Discard",
    title: "Discard this job?",
    description: "It is deleted and never runs again. The audit log keeps its kind, payload and last error.",
    confirm: "Discard job",
    pending: "Discarding…",
  },
} as const;

/** Retry and Discard for one failed job, each behind a confirmation; a second click changes nothing twice (the API is idempotent). */
export function FailedJobActions({ jobId, kind }: { jobId: string; kind: string }) {
  const router = useRouter();
  const { toast } = useToast();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  // Runs after the Dialog (a child) has opened the native <dialog>. A discard starts on Cancel, the safe choice.
  useEffect(() => {
    if (decision === "retry") confirmRef.current?.focus();
    if (decision === "discard") cancelRef.current?.focus();
  }, [decision]);

  function open(next: Decision) {
    setProblem(null);
    setDecision(next);
  }

  function confirm(chosen: Decision) {
    setProblem(null);
    startTransition(async () => {
      const message = chosen === "retry" ? await retry() : await discard();
      if (!message.ok) return setProblem(message.text);
      setDecision(null);
      toast(message.text, { tone: "success" });
      router.refresh();
    });
  }

  async function retry() {
    const answer = await callApi("POST /api/v1/admin/jobs/{id}/retry", { params: { id: jobId }, body: {} });
    if (!answer.ok) return { ok: false, text: answer.message };
    const text =
      answer.data.outcome === "retried" ? `The ${kind} job is queued to run now.` : `The ${kind} job is no longer failed: it is ${answer.data.state}.`;
    return { ok: true, text };
  }

  async function discard() {
    const answer = await callApi("POST /api/v1/admin/jobs/{id}/discard", { params: { id: jobId }, body: {} });
    return answer.ok ? { ok: true, text: `The ${kind} job is discarded.` } : { ok: false, text: answer.message };
  }

  const words = decision && WORDS[decision];
  return (
    <div className="flex flex-wrap gap-2">
      {(["retry", "discard"] as const).map((choice) => (
        <Button key={choice} size="sm" variant={choice === "retry" ? "secondary" : "danger"} onClick={() => open(choice)}>
          {WORDS[choice].button}
          <span className="sr-only"> the {kind} job</span>
        </Button>
      ))}
      <Dialog open={decision !== null} onClose={() => setDecision(null)} title={words?.title ?? ""} description={words?.description}>
        <div className="space-y-4">
          <p className="text-sm text-slate-700">
            <code className="text-xs">{kind}</code> · <code className="text-xs break-all">{jobId}</code>
          </p>
          {problem && (
            <Alert tone="danger" role="alert">
              {problem}
            </Alert>
          )}
          <div className="flex flex-wrap justify-end gap-3">
            <Button ref={cancelRef} variant="secondary" onClick={() => setDecision(null)} disabled={isPending}>
              Cancel
            </Button>
            {decision && (
              <Button
                ref={confirmRef}
                variant={decision === "retry" ? "primary" : "danger"}
                onClick={() => confirm(decision)}
                isLoading={isPending}
                loadingLabel={words?.pending}
              >
                {words?.confirm}
              </Button>
            )}
          </div>
        </div>
      </Dialog>
    </div>
  );
}
