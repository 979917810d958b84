"use client";

import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { type FieldErrorMap, firstFieldErrors, firstOfEach } from "@/components/auth/field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { callApi } from "@/lib/endpoints/client";
import { inviteeSignUpSchema } from "@/lib/team-members/schemas";

/** Sign-up through an invitation: the invited address, a name and a password; the account lands in the company. */
export function InviteeSignUpForm({ token, email, companyName }: { token: string; email: string; companyName: string }) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    const data = new FormData(event.currentTarget);
    const input = { token, email, name: String(data.get("name") ?? ""), password: String(data.get("password") ?? "") };
    const parsed = inviteeSignUpSchema.safeParse(input);
    setFormError(null);
    if (!parsed.success) return setFieldErrors(firstFieldErrors(parsed.error));
    setFieldErrors({});
    setSubmitting(true);
    const created = await callApi("POST /api/v1/accounts/invited", { body: parsed.data });
    if (!created.ok) {
      setFormError(created.message);
      setFieldErrors(firstOfEach(created.fields));
      return setSubmitting(false);
    }
    const signedIn = await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
    if (!signedIn?.ok || signedIn.error) {
      setFormError("Your account was created, but signing you in failed. Sign in with your email and password.");
      return setSubmitting(false);
    }
    window.location.assign("/client");
  }

  return (
    <form method="post" noValidate onSubmit={submit} className="space-y-5">
      {formError && (
        <Alert tone="danger" role="alert">
          {formError}
        </Alert>
      )}
      <Input label="Work email" name="email" type="email" value={email} readOnly hint={`The invitation to ${companyName} is for this address.`} />
      <Input label="Your name" name="name" autoComplete="name" required error={fieldErrors.name} />
      <Input
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. A few uncommon words together make a strong password you can remember."
        error={fieldErrors.password}
      />
      <Button type="submit" className="w-full" isLoading={isSubmitting} loadingLabel="Joining…">
        Join {companyName}
      </Button>
    </form>
  );
}
