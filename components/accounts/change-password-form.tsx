"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/(app)/settings/account/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { IDLE } from "@/lib/accounts/form-result";
import { FormFeedback, fieldError } from "./form-feedback";
import { NewPasswordFields } from "./new-password-fields";

export function ChangePasswordForm() {
  const [result, formAction, isPending] = useActionState(changePasswordAction, IDLE);
  return (
    // A new key after success empties the fields: the old password must not stay typed in.
    <form key={result.ok ? result.message : "form"} action={formAction} noValidate className="mt-4 max-w-md space-y-5">
      <FormFeedback result={result} />
      <Input
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(result, "currentPassword")}
      />
      <NewPasswordFields result={result} />
      <Button type="submit" isLoading={isPending} loadingLabel="Changing…">
        Change password
      </Button>
    </form>
  );
}
