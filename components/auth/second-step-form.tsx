"use client";

import { type FormEvent, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export type SecondFactorInput = { totpCode: string } | { recoveryCode: string };

type SecondStepFormProps = {
  email: string;
  error: string | null;
  isSubmitting: boolean;
  onSubmit: (factor: SecondFactorInput) => void;
  onStartOver: () => void;
};

const ENTER_CODE = "Enter the 6-digit code from your authenticator app.";
const ENTER_RECOVERY_CODE = "Enter one of your recovery codes.";

/** The sign-in's second step for accounts with two-factor authentication: a code from the app, or a recovery code. */
export function SecondStepForm({ email, error, isSubmitting, onSubmit, onStartOver }: SecondStepFormProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [isRecovery, setRecovery] = useState(false);
  const [code, setCode] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();

  useEffect(() => {
    inputRef.current?.focus();
  }, [isRecovery]);

  // A refused code is cleared, so the next one is typed into an empty field.
  useEffect(() => {
    if (!error) return;
    setCode("");
    inputRef.current?.focus();
  }, [error]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    const value = code.trim();
    if (isRecovery ? value.length < 10 : !/^\d{6}$/.test(value.replace(/\s/g, ""))) {
      setFieldError(isRecovery ? ENTER_RECOVERY_CODE : ENTER_CODE);
      inputRef.current?.focus();
      return;
    }
    setFieldError(undefined);
    onSubmit(isRecovery ? { recoveryCode: value } : { totpCode: value.replace(/\s/g, "") });
  }

  function switchKind() {
    setRecovery(!isRecovery);
    setCode("");
    setFieldError(undefined);
  }

  return (
    <form method="post" noValidate onSubmit={handleSubmit} className="space-y-5">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">Two-factor authentication</h2>
        <p className="mt-1 text-sm text-slate-600">
          {isRecovery
            ? "Enter one of the recovery codes you saved. Each code works once."
            : "Open your authenticator app and enter the code it shows for Vetted."}{" "}
          Signing in as <span className="font-medium break-all text-slate-900">{email}</span>.
        </p>
      </div>
      {error && (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      )}
      <Input
        ref={inputRef}
        key={isRecovery ? "recovery" : "totp"}
        label={isRecovery ? "Recovery code" : "Authentication code"}
        name={isRecovery ? "recoveryCode" : "totpCode"}
        autoComplete="one-time-code"
        inputMode={isRecovery ? "text" : "numeric"}
        maxLength={isRecovery ? 20 : 7}
        placeholder={isRecovery ? "xxxxx-xxxxx" : "123456"}
        required
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={fieldError}
      />
      <Button type="submit" size="lg" className="w-full" isLoading={isSubmitting} loadingLabel="Checking…">
        Verify and sign in
      </Button>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <button type="button" className="text-link font-medium" onClick={switchKind}>
          {isRecovery ? "Use a code from your app instead" : "Use a recovery code"}
        </button>
        <button type="button" className="text-link font-medium" onClick={onStartOver}>
          Sign in as someone else
        </button>
      </div>
    </form>
  );
}
