"use client";

import { useActionState } from "react";
import { requestPasswordResetAction } from "@/app/(auth)/forgot-password/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { IDLE } from "@/lib/accounts/form-result";
import { FormFeedback, fieldError } from "./form-feedback";

export function ForgotPasswordForm() {
  const [result, formAction, isPending] = useActionState(requestPasswordResetAction, IDLE);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormFeedback result={result} />
      <Input
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={result.email}
        error={fieldError(result, "email")}
      />
      <Button type="submit" size="lg" className="w-full" isLoading={isPending} loadingLabel="Sending…">
        Email me a reset link
      </Button>
    </form>
  );
}
