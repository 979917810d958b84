"use client";

import { useActionState } from "react";
import { changeEmailAction } from "@/app/(app)/settings/account/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { IDLE } from "@/lib/accounts/form-result";
import { FormFeedback, fieldError } from "./form-feedback";

export function ChangeEmailForm() {
  const [result, formAction, isPending] = useActionState(changeEmailAction, IDLE);
  return (
    <form key={result.ok ? result.message : "form"} action={formAction} noValidate className="mt-4 max-w-md space-y-5">
      <FormFeedback result={result} />
      <Input
        label="New email address"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={result.email}
        error={fieldError(result, "email")}
      />
      <Input
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(result, "currentPassword")}
      />
      <Button type="submit" isLoading={isPending} loadingLabel="Sending…">
        Change email address
      </Button>
    </form>
  );
}
