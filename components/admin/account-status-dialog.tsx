"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast";
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH, reinstateUserSchema, suspendUserSchema } from "@/lib/admin/schemas";
import { callApi } from "@/lib/endpoints/client";
import { firstMessage } from "@/lib/plain-zod-messages";

type Change = "suspend" | "reinstate";

const WORDING: Record<Change, { button: string; confirm: string; pending: string; done: string; description: string }> = {
  suspend: {
    button: "Suspend",
    confirm: "Suspend account",
    pending: "Suspending…",
    done: "is suspended.",
    description: "They cannot sign in from now on, and a session they have open stops working at once. An approved expert is no longer matched or hand-picked.",
  },
  reinstate: {
    button: "Reinstate",
    confirm: "Reinstate account",
    pending: "Reinstating…",
    done: "can sign in again.",
    description: "They can sign in again, and a suspended expert is approved and matched again.",
  },
};

/** A Suspend or Reinstate button and the dialog that asks for the reason; the change is emailed to the user and audited. */
export function AccountStatusDialog({ userId, userName, change }: { userId: string; userName: string; change: Change }) {
  const router = useRouter();
  const { toast } = useToast();
  const wording = WORDING[change];
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  // Runs after the Dialog (a child) has opened the native <dialog>, so the field can take focus.
  useEffect(() => {
    if (isOpen) reasonRef.current?.focus();
  }, [isOpen]);

  function open() {
    setReason("");
    setError(undefined);
    setProblem(null);
    setOpen(true);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const parsed = (change === "suspend" ? suspendUserSchema : reinstateUserSchema).safeParse({ reason });
    if (!parsed.success) return setError(firstMessage(parsed.error));
    setError(undefined);
    startTransition(async () => {
      const call = { params: { id: userId }, body: parsed.data };
      const answer = await (change === "suspend"
        ? callApi("POST /api/v1/admin/users/{id}/suspend", call)
        : callApi("POST /api/v1/admin/users/{id}/reinstate", call));
      if (!answer.ok) return setProblem(answer.message);
      setOpen(false);
      toast(`${userName} ${wording.done}`, { tone: "success" });
      router.refresh();
    });
  }

  return (
    <>
      <Button size="sm" variant={change === "suspend" ? "danger" : "secondary"} onClick={open}>
        {wording.button}
        <span className="sr-only"> {userName}</span>
      </Button>
      <Dialog open={isOpen} onClose={() => setOpen(false)} title={`${wording.button} ${userName}?`} description={wording.description}>
        <form onSubmit={submit} className="space-y-4" noValidate>
          <Textarea
            label="Reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={error}
            hint={`${REASON_MIN_LENGTH} to ${REASON_MAX_LENGTH.toLocaleString("en-US")} characters. ${userName} is emailed it, and it is kept in the audit log.`}
            maxLength={REASON_MAX_LENGTH}
            rows={4}
            required
            ref={reasonRef}
          />
          {problem && (
            <Alert tone="danger" role="alert">
              {problem}
            </Alert>
          )}
          <div className="flex flex-wrap justify-end gap-3">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={isPending}>
              Cancel
            </Button>
            <Button type="submit" variant={change === "suspend" ? "danger" : "primary"} disabled={isPending}>
              {isPending ? wording.pending : wording.confirm}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
