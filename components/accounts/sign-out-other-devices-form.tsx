"use client";

import { useActionState } from "react";
import { signOutOtherDevicesAction } from "@/app/(app)/settings/account/actions";
import { Button } from "@/components/ui/button";
import { IDLE } from "@/lib/accounts/form-result";
import { FormFeedback } from "./form-feedback";

export function SignOutOtherDevicesForm() {
  const [result, formAction, isPending] = useActionState(signOutOtherDevicesAction, IDLE);
  return (
    <form action={formAction} className="mt-4 space-y-4">
      <FormFeedback result={result} />
      <Button type="submit" variant="secondary" isLoading={isPending} loadingLabel="Signing out…">
        Sign out of all other devices
      </Button>
    </form>
  );
}
