"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { type FormEvent, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "@/lib/auth/callback-url";
import { signInSchema } from "@/lib/credentials/schemas";
import { type DemoAccount, DemoAccounts } from "./demo-accounts";
import { type FieldErrorMap, firstFieldErrors, focusFirstInvalid } from "./field-errors";
import { signInErrorMessage } from "./sign-in-errors";

const FIELD_ORDER = ["email", "password"] as const;

const UNREACHABLE = "We could not reach Vetted. Check your connection and try again.";

export type SignInFormProps = {
  /** The `callbackUrl` query parameter as received; only same-site paths are followed. */
  callbackUrl?: string;
  /** A message to show on arrival, e.g. when next-auth redirected here with ?error=. */
  initialError?: string;
  /** Development only: the seeded accounts and their shared password. */
  demo?: { accounts: readonly DemoAccount[]; password: string } | null;
};

export function SignInForm({ callbackUrl, initialError, demo }: SignInFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(initialError ?? null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    setFormError(null);
    const parsed = signInSchema.safeParse({ email, password });
    if (!parsed.success) {
      const errors = firstFieldErrors(parsed.error);
      setFieldErrors(errors);
      focusFirstInvalid(formRef.current, errors, FIELD_ORDER);
      return;
    }
    setFieldErrors({});
    setSubmitting(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (!result?.ok || result.error) {
        setFormError(signInErrorMessage(result?.error));
        setSubmitting(false);
        return;
      }
      // A full page load, so the server-rendered header and every cached route see the new session.
      window.location.assign(safeCallbackPath(callbackUrl) ?? DEFAULT_AFTER_SIGN_IN);
    } catch {
      setFormError(UNREACHABLE);
      setSubmitting(false);
    }
  }

  function fillDemoAccount(account: DemoAccount) {
    if (!demo) return;
    setEmail(account.email);
    setPassword(demo.password);
    setFieldErrors({});
    setFormError(null);
    submitRef.current?.focus();
  }

  return (
    <div className="space-y-8">
      <form ref={formRef} method="post" noValidate onSubmit={handleSubmit} className="space-y-5">
        {formError && (
          <Alert tone="danger" role="alert">
            {formError}
          </Alert>
        )}
        <Input
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors.email}
        />
        <Input
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
        />
        <p className="-mt-2 text-right text-sm">
          <Link href="/forgot-password" className="text-link font-medium">
            Forgot password?
          </Link>
        </p>
        <Button ref={submitRef} type="submit" size="lg" className="w-full" isLoading={isSubmitting} loadingLabel="Signing in…">
          Sign in
        </Button>
      </form>
      {demo && <DemoAccounts accounts={demo.accounts} password={demo.password} onUse={fillDemoAccount} />}
    </div>
  );
}
