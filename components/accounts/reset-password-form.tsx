"use client";

import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { Button } from "@/components/ui/button";
import { IDLE } from "@/lib/accounts/form-result";
import { FormFeedback } from "./form-feedback";
import { NewPasswordFields } from "./new-password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const [result, formAction, isPending] = useActionState(resetPasswordAction, IDLE);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormFeedback result={result} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields result={result} />
      <Button type="submit" size="lg" className="w-full" isLoading={isPending} loadingLabel="Saving…">
        Set new password
      </Button>
    </form>
  );
}
