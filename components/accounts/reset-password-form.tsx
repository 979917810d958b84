"use client";

import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { IDLE } from "@/lib/accounts/form-result";
import { FormFeedback, fieldError } from "./form-feedback";

export function ResetPasswordForm({ token }: { token: string }) {
  const [result, formAction, isPending] = useActionState(resetPasswordAction, IDLE);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormFeedback result={result} />
      <input type="hidden" name="token" value={token} />
      <Input
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. A few uncommon words together make a strong password you can remember."
        error={fieldError(result, "password")}
      />
      <Input
        label="New password again"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldError(result, "confirmPassword")}
      />
      <Button type="submit" size="lg" className="w-full" isLoading={isPending} loadingLabel="Saving…">
        Set new password
      </Button>
    </form>
  );
}
