"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";

/** Resend (a new 7-day link) and Revoke for one pending invitation. */
export function InvitationActions({ invitationId, email }: { invitationId: string; email: string }) {
  const router = useRouter();
  const { toast } = useToast();
  const [isPending, startTransition] = useTransition();

  function run(kind: "resend" | "revoke") {
    startTransition(async () => {
      const answer =
        kind === "resend"
          ? await callApi("POST /api/v1/team/invitations/{id}/resend", { params: { id: invitationId } })
          : await callApi("POST /api/v1/team/invitations/{id}/revoke", { params: { id: invitationId } });
      if (!answer.ok) return toast(answer.message, { tone: "danger" });
      toast(kind === "resend" ? `A new invitation is on its way to ${email}.` : `The invitation to ${email} is revoked.`, { tone: "success" });
      router.refresh();
    });
  }

  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" variant="secondary" onClick={() => run("resend")} disabled={isPending}>
        Resend<span className="sr-only"> the invitation to {email}</span>
      </Button>
      <Button size="sm" variant="danger" onClick={() => run("revoke")} disabled={isPending}>
        Revoke<span className="sr-only"> the invitation to {email}</span>
      </Button>
    </div>
  );
}
