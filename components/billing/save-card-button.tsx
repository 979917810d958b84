"use client";

import { useState } from "react";
import { useApiCall } from "@/components/api/use-api-call";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/endpoints/client";

/** Opens Stripe's page to save a card (nothing is charged); Stripe sends the user back to the billing page. */
export function SaveCardButton({ hasCard }: { hasCard: boolean }) {
  const { isPending, problem, run } = useApiCall();
  const [isLeaving, setLeaving] = useState(false);

  function openCardPage() {
    if (isLeaving) return;
    run(() => callApi("POST /api/v1/billing/card/setup", { body: {} }), {
      onDone: ({ checkoutUrl }) => {
        setLeaving(true);
        window.location.assign(checkoutUrl);
        return false;
      },
    });
  }

  return (
    <div className="space-y-3">
      <Button variant={hasCard ? "secondary" : undefined} onClick={openCardPage} isLoading={isPending || isLeaving} loadingLabel="Opening the card page…">
        {hasCard ? "Replace card" : "Save a card"}
      </Button>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem.message}
        </Alert>
      )}
    </div>
  );
}
