"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { type FormResult, IDLE } from "@/lib/accounts/form-result";
import { FormFeedback } from "./form-feedback";

type LinkAction = (previous: FormResult, input: FormData) => Promise<FormResult>;

/**
 * One button that uses an emailed link. A click, not the page load, uses it: mail scanners that open
 * every link in an email would otherwise use it up before its owner does.
 */
export function LinkConfirmForm({ action, token, label }: { action: LinkAction; token: string; label: string }) {
  const [result, formAction, isPending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-5">
      <FormFeedback result={result} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" size="lg" className="w-full" isLoading={isPending} loadingLabel="Confirming…">
        {label}
      </Button>
    </form>
  );
}
