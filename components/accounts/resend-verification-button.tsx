"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/endpoints/client";

/** Sends a new verification link; says where it went, or why not (already confirmed, too many). */
export function ResendVerificationButton({ size = "sm" }: { size?: "sm" | "md" }) {
  const [status, setStatus] = useState<{ tone: "done" | "failed"; message: string } | null>(null);
  const [isSending, setSending] = useState(false);

  async function resend() {
    setSending(true);
    const answer = await callApi("POST /api/v1/me/verification-email", {});
    setSending(false);
    setStatus(
      answer.ok
        ? {
            tone: "done",
            message:
              answer.data.status === "sent"
                ? `A new link is on its way to ${answer.data.email}. Earlier links no longer work.`
                : "Your email address is already confirmed. Reload the page.",
          }
        : { tone: "failed", message: answer.message },
    );
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-3">
      <Button variant="secondary" size={size} onClick={resend} isLoading={isSending} loadingLabel="Sending…">
        Resend link
      </Button>
      <span role="status" className={status?.tone === "failed" ? "text-red-800" : undefined}>
        {status?.message}
      </span>
    </span>
  );
}
