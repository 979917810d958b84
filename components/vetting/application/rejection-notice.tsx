"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/endpoints/client";
import { formatDate } from "@/lib/format";

type RejectionNoticeProps = { reason: string | null; canReapply: boolean; canReapplyAt: Date | null };

/** The decision in kind words, the reviewer's reason, and from when the applicant may start again. */
export function RejectionNotice({ reason, canReapply, canReapplyAt }: RejectionNoticeProps) {
  const router = useRouter();
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function startAgain() {
    setBusy(true);
    setProblem(null);
    const answer = await callApi("POST /api/v1/application/reapply", { body: {} });
    if (!answer.ok) {
      setBusy(false);
      return setProblem(answer.message);
    }
    router.refresh();
  }

  return (
    <div className="space-y-3 rounded-xl bg-white p-6 text-sm text-slate-800 shadow-sm ring-1 ring-slate-200">
      <h3 className="text-base font-semibold text-slate-900">Thank you for applying</h3>
      <p>We read your application carefully, and we can&apos;t offer you a place on Vetted this time.</p>
      {reason && (
        <>
          <p>Here is what the reviewer wrote for you, so that a future application can be stronger:</p>
          <blockquote className="border-l-4 border-slate-300 pl-4 whitespace-pre-line text-slate-900">{reason}</blockquote>
        </>
      )}
      <p>
        {canReapply || !canReapplyAt ? "You're welcome to apply again now." : `You're welcome to apply again from ${formatDate(canReapplyAt)}.`} Your profile,
        skills and answers are kept, so you can build on them instead of starting over.
      </p>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      )}
      {canReapply && (
        <Button onClick={startAgain} isLoading={isBusy} loadingLabel="Starting…">
          Start a new application
        </Button>
      )}
    </div>
  );
}
