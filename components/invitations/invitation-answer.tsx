"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { AcceptInvitationForm } from "./accept-invitation-form";
import { DeclineInvitationForm } from "./decline-invitation-form";

type Mode = "choosing" | "accepting" | "declining";

/** Accept and Decline buttons; each opens its form in place, and Cancel returns focus to the button. */
export function InvitationAnswer({ matchId, requestTitle }: { matchId: string; requestTitle: string }) {
  const [mode, setMode] = useState<Mode>("choosing");
  const [returnFocusTo, setReturnFocusTo] = useState<"accept" | "decline" | null>(null);
  const acceptRef = useRef<HTMLButtonElement>(null);
  const declineRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (mode !== "choosing" || !returnFocusTo) return;
    (returnFocusTo === "accept" ? acceptRef : declineRef).current?.focus();
    setReturnFocusTo(null);
  }, [mode, returnFocusTo]);

  if (mode === "accepting") {
    return <AcceptInvitationForm matchId={matchId} requestTitle={requestTitle} onCancel={() => cancel("accept")} />;
  }
  if (mode === "declining") {
    return <DeclineInvitationForm matchId={matchId} requestTitle={requestTitle} onCancel={() => cancel("decline")} />;
  }
  return (
    <div className="flex flex-wrap gap-3">
      <Button ref={acceptRef} onClick={() => setMode("accepting")}>
        Accept<span className="sr-only"> “{requestTitle}”</span>
      </Button>
      <Button ref={declineRef} variant="secondary" onClick={() => setMode("declining")}>
        Decline<span className="sr-only"> “{requestTitle}”</span>
      </Button>
    </div>
  );

  function cancel(button: "accept" | "decline") {
    setMode("choosing");
    setReturnFocusTo(button);
  }
}
