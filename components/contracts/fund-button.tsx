"use client";

import { useState } from "react";
import { useApiCall } from "@/components/api/use-api-call";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/endpoints/client";

/** Opens Stripe's payment page for the milestone; Stripe sends the client back to the contract. */
export function FundButton({ milestoneId, isResuming }: { milestoneId: string; isResuming: boolean }) {
  const { isPending, problem, run } = useApiCall();
  const [isLeaving, setLeaving] = useState(false);

  function fund() {
    if (isLeaving) return;
    run(() => callApi("POST /api/v1/milestones/{id}/fund", { params: { id: milestoneId }, body: {} }), {
      onDone: ({ checkoutUrl }) => {
        setLeaving(true);
        window.location.assign(checkoutUrl);
        return false;
      },
    });
  }

  return (
    <>
      <Button size="sm" onClick={fund} isLoading={isPending || isLeaving} loadingLabel="Opening the payment page…">
        {isResuming ? "Resume payment" : "Fund milestone"}
      </Button>
      {problem && (
        <Alert tone="danger" role="alert" className="basis-full">
          {problem.message}
        </Alert>
      )}
    </>
  );
}
