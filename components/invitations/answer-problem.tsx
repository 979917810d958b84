"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AnswerProblem as Problem } from "./use-answer-submission";

/** A refused answer. A conflict (expired, already answered, request closed) means the page is stale: offer a refresh. */
export function AnswerProblem({ problem }: { problem: Problem }) {
  const router = useRouter();
  if (!problem.isConflict) {
    return (
      <Alert tone="danger" role="alert">
        {problem.message}
      </Alert>
    );
  }
  return (
    <Alert tone="warning" role="alert" title="This invitation can no longer be answered">
      <p>{problem.message} Nothing was sent to the client.</p>
      <Button variant="secondary" size="sm" className="mt-3" onClick={() => router.refresh()}>
        Refresh invitations
      </Button>
    </Alert>
  );
}
