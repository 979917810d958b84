"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";

export function RevokeTokenButton({ tokenId, tokenName }: { tokenId: string; tokenName: string }) {
  const router = useRouter();
  const { toast } = useToast();
  const [isOpen, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function revoke() {
    setProblem(null);
    startTransition(async () => {
      const answer = await callApi("DELETE /api/v1/api-tokens/{id}", { params: { id: tokenId } });
      if (!answer.ok) return setProblem(answer.message);
      setOpen(false);
      toast(`“${tokenName}” is revoked.`, { tone: "success" });
      router.refresh();
    });
  }

  return (
    <>
      <Button size="sm" variant="danger" onClick={() => setOpen(true)}>
        Revoke<span className="sr-only"> {tokenName}</span>
      </Button>
      <Dialog
        open={isOpen}
        onClose={() => setOpen(false)}
        title={`Revoke “${tokenName}”?`}
        description="Anything that uses this token stops working at once. This cannot be undone."
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={isPending}>
              Cancel
            </Button>
            <Button variant="danger" onClick={revoke} isLoading={isPending} loadingLabel="Revoking…">
              Revoke token
            </Button>
          </>
        }
      >
        {problem && (
          <Alert tone="danger" role="alert">
            {problem}
          </Alert>
        )}
      </Dialog>
    </>
  );
}
