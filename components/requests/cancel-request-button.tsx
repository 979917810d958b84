"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { cancelRequestAction } from "@/app/(app)/client/requests/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";

export function CancelRequestButton({ requestId, isDraft }: { requestId: string; isDraft: boolean }) {
  const router = useRouter();
  const { toast } = useToast();
  const [isOpen, setOpen] = useState(false);
  const [isCancelling, setCancelling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const what = isDraft ? "draft" : "request";

  async function cancel() {
    setCancelling(true);
    setError(null);
    try {
      const result = await cancelRequestAction(requestId);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOpen(false);
      toast(`The ${what} is cancelled.`, { tone: "success" });
      router.refresh();
    } catch {
      setError("We could not reach Vetted. Check your connection and try again.");
    } finally {
      setCancelling(false);
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Cancel {what}
      </Button>
      <Dialog
        open={isOpen}
        onClose={() => setOpen(false)}
        title={`Cancel this ${what}?`}
        description={
          isDraft
            ? "The draft is kept in your list as cancelled, and cannot be submitted any more."
            : "Experts still deciding are told the request is off, and nobody new is invited. This cannot be undone."
        }
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)} autoFocus>
              Keep it
            </Button>
            <Button variant="danger" onClick={cancel} isLoading={isCancelling} loadingLabel="Cancelling…">
              Yes, cancel the {what}
            </Button>
          </>
        }
      >
        {error && (
          <Alert tone="danger" role="alert">
            {error}
          </Alert>
        )}
      </Dialog>
    </>
  );
}
