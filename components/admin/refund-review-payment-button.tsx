"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";

/** "Refund to the client" for a payment held for review, behind a confirmation: the refund is sent to Stripe at once and audited. */
export function RefundReviewPaymentButton({ paymentId, amount, milestoneTitle }: { paymentId: string; amount: string; milestoneTitle: string }) {
  const router = useRouter();
  const { toast } = useToast();
  const [isOpen, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function open() {
    setProblem(null);
    setOpen(true);
  }

  function refund() {
    setProblem(null);
    startTransition(async () => {
      const answer = await callApi("POST /api/v1/admin/payments/{id}/refund", { params: { id: paymentId }, body: {} });
      if (!answer.ok) return setProblem(answer.message);
      setOpen(false);
      toast(`${amount} is being refunded to the card it came from.`, { tone: "success" });
      router.refresh();
    });
  }

  return (
    <>
      <Button size="sm" variant="danger" onClick={open}>
        Refund to the client
        <span className="sr-only">
          {" "}
          ({amount} for {milestoneTitle})
        </span>
      </Button>
      <Dialog
        open={isOpen}
        onClose={() => setOpen(false)}
        title={`Refund ${amount}?`}
        description={`Stripe gives ${amount} back to the card that paid it. The payment never funded “${milestoneTitle}”, so the milestone and the ledger do not change. The client is told, and the refund is kept in the audit log.`}
      >
        <div className="space-y-4">
          {problem && (
            <Alert tone="danger" role="alert">
              {problem}
            </Alert>
          )}
          <div className="flex flex-wrap justify-end gap-3">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={isPending}>
              Cancel
            </Button>
            <Button variant="danger" onClick={refund} disabled={isPending} autoFocus>
              {isPending ? "Refunding…" : "Refund"}
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
