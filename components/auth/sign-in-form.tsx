"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { type FormEvent, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { enteredText, usePreHydrationInput } from "@/components/ui/use-pre-hydration-input";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "@/lib/auth/callback-url";
import { signInSchema, TWO_FACTOR_REQUIRED } from "@/lib/credentials/schemas";
import { type DemoAccount, DemoAccounts } from "./demo-accounts";
import { type FieldErrorMap, firstFieldErrors, focusFirstInvalid } from "./field-errors";
import { type SecondFactorInput, SecondStepForm } from "./second-step-form";
import { signInErrorMessage } from "./sign-in-errors";

const FIELD_ORDER = ["email", "password"] as const;

const UNREACHABLE = "We could not reach Vetted. Check your connection and try again.";

export type SignInFormProps = {
  /** The `callbackUrl` query parameter as received; only same-site paths are followed. */
  callbackUrl?: string;
  /** A message to show on arrival, e.g. when next-auth redirected here with ?error=. */
  initialError?: string;
  /** Development only: the seeded accounts and their shared password. */
  demo?: { accounts: readonly DemoAccount[]; password: string; adminTotpKey: string } | null;
};

export function SignInForm({ callbackUrl, initialError, demo }: SignInFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(initialError ?? null);
  const [isSubmitting, setSubmitting] = useState(false);
  // Set once the password was right for an account with two-factor authentication: the form then asks
  // for a code, and sends the password again with it (kept here, never typed twice).
  const [secondStep, setSecondStep] = useState<{ email: string; password: string; error: string | null } | null>(null);
  usePreHydrationInput(formRef, (entered) => {
    setEmail(enteredText(entered, "email"));
    setPassword(enteredText(entered, "password"));
  });

  /** next-auth's sign-in; true once the session is issued (the page then moves on). */
  async function signInWith(credentials: Record<string, string>) {
    try {
      const result = await signIn("credentials", { ...credentials, redirect: false });
      if (result?.ok && !result.error) {
        // A full page load, so the server-rendered header and every cached route see the new session.
        window.location.assign(safeCallbackPath(callbackUrl) ?? DEFAULT_AFTER_SIGN_IN);
        return { error: null };
      }
      return { error: result?.error ?? null };
    } catch {
      return { error: UNREACHABLE };
    }
  }

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
    const { error } = await signInWith({ email: parsed.data.email, password: parsed.data.password });
    if (error === TWO_FACTOR_REQUIRED) {
      setSecondStep({ email: parsed.data.email, password: parsed.data.password, error: null });
      setSubmitting(false);
      return;
    }
    if (error !== null) {
      setFormError(error === UNREACHABLE ? error : signInErrorMessage(error));
      setSubmitting(false);
    }
  }

  async function submitSecondStep(factor: SecondFactorInput) {
    if (!secondStep) return;
    setSubmitting(true);
    const { error } = await signInWith({ email: secondStep.email, password: secondStep.password, ...factor });
    if (error === null) return;
    setSubmitting(false);
    if (error === TWO_FACTOR_REQUIRED) return;
    const message = error === UNREACHABLE ? error : signInErrorMessage(error);
    // A lockout or a suspension ends the second step: the first one says why.
    if (/Too many|suspended/.test(message)) {
      startOver(message);
      return;
    }
    setSecondStep({ ...secondStep, error: message });
  }

  function startOver(message: string | null = null) {
    setSecondStep(null);
    setPassword("");
    setFormError(message);
  }

  function fillDemoAccount(account: DemoAccount) {
    if (!demo) return;
    setEmail(account.email);
    setPassword(demo.password);
    setFieldErrors({});
    setFormError(null);
    submitRef.current?.focus();
  }

  if (secondStep) {
    return (
      <SecondStepForm
        email={secondStep.email}
        error={secondStep.error}
        isSubmitting={isSubmitting}
        onSubmit={submitSecondStep}
        onStartOver={() => startOver()}
      />
    );
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
      {demo && <DemoAccounts accounts={demo.accounts} password={demo.password} adminTotpKey={demo.adminTotpKey} onUse={fillDemoAccount} />}
    </div>
  );
}
