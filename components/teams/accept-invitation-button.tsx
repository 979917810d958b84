"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/endpoints/client";

/** A signed-in account accepts the invitation in the link. */
export function AcceptInvitationButton({ token, companyName }: { token: string; companyName: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function accept() {
    setProblem(null);
    startTransition(async () => {
      const answer = await callApi("POST /api/v1/team/invitations/accept", { body: { token } });
      if (!answer.ok) return setProblem(answer.message);
      window.location.assign("/client");
    });
  }

  return (
    <div className="space-y-4">
      {problem && (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      )}
      <Button onClick={accept} className="w-full" isLoading={isPending} loadingLabel="Joining…">
        Join {companyName}
      </Button>
    </div>
  );
}
