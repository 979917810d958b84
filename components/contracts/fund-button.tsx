"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { milestonePath, checkoutSchema, postJson } from "./contracts-api";
import { useApiAction } from "./use-api-action";

/** Opens Stripe's payment page for the milestone; Stripe sends the client back to the contract. */
export function FundButton({ milestoneId, isResuming }: { milestoneId: string; isResuming: boolean }) {
  const { isPending, problem, run, fail } = useApiAction();
  const [isLeaving, setLeaving] = useState(false);

  function fund() {
    if (isLeaving) return;
    run(() => postJson(milestonePath(milestoneId, "fund")), {
      onDone: (data) => {
        const parsed = checkoutSchema.safeParse(data);
        if (!parsed.success) {
          fail("The payment page could not be opened. Nothing was charged; try again in a minute.");
          return false;
        }
        setLeaving(true);
        window.location.assign(parsed.data.checkoutUrl);
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
