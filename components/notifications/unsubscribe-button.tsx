"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/endpoints/client";

export function UnsubscribeButton({ token, label }: { token: string; label: string }) {
  const [outcome, setOutcome] = useState<{ tone: "success" | "danger"; message: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function unsubscribe() {
    startTransition(async () => {
      const answer = await callApi("POST /api/v1/unsubscribe", { query: { token } });
      setOutcome(
        answer.ok
          ? { tone: "success", message: `Done: you will get no more emails about ${label.toLowerCase()}. Turn them back on in Settings → Notifications.` }
          : { tone: "danger", message: answer.message },
      );
    });
  }

  if (outcome?.tone === "success")
    return (
      <Alert tone="success" role="status">
        {outcome.message}
      </Alert>
    );
  return (
    <div className="space-y-4">
      <Button onClick={unsubscribe} isLoading={isPending} loadingLabel="Unsubscribing…">
        Unsubscribe
      </Button>
      {outcome && (
        <Alert tone="danger" role="alert">
          {outcome.message}
        </Alert>
      )}
    </div>
  );
}
