"use client";

import Link from "next/link";
import { type FormEvent, useRef, useState } from "react";
import { finishSignUp } from "@/app/(auth)/sign-up/finish/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { enteredText, usePreHydrationInput } from "@/components/ui/use-pre-hydration-input";
import { DEFAULT_AFTER_SIGN_IN } from "@/lib/auth/callback-url";
import { finishSsoSignUpSchema } from "@/lib/sso/schemas";
import { type AccountType, AccountTypeChoice } from "./account-type-choice";
import { type FieldErrorMap, firstFieldErrors, firstOfEach, focusFirstInvalid } from "./field-errors";

const FIELD_ORDER = ["name", "companyName", "acceptTerms"] as const;

/** What a provider could not tell us: hiring or an expert, the company's name, and the terms. */
export function FinishSsoSignUpForm({ initialName, afterSignUp = DEFAULT_AFTER_SIGN_IN }: { initialName: string; afterSignUp?: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [accountType, setAccountType] = useState<AccountType>("CLIENT");
  const [name, setName] = useState(initialName);
  const [companyName, setCompanyName] = useState("");
  const [acceptTerms, setAcceptTerms] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const isHiring = accountType === "CLIENT";
  usePreHydrationInput(formRef, (entered) => {
    setAccountType(entered.get("accountType") === "EXPERT" ? "EXPERT" : "CLIENT");
    setName(enteredText(entered, "name"));
    setCompanyName(enteredText(entered, "companyName"));
    setAcceptTerms(entered.has("acceptTerms"));
  });

  function showErrors(errors: FieldErrorMap) {
    setFieldErrors(errors);
    focusFirstInvalid(formRef.current, errors, FIELD_ORDER);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    setFormError(null);
    const input = isHiring ? { accountType, name, companyName, acceptTerms } : { accountType, name, acceptTerms };
    const parsed = finishSsoSignUpSchema.safeParse(input);
    if (!parsed.success) return showErrors(firstFieldErrors(parsed.error));
    setFieldErrors({});
    setSubmitting(true);
    try {
      const result = await finishSignUp(parsed.data);
      if (!result.ok) {
        setFormError(result.message);
        showErrors(firstOfEach(result.fields));
        setSubmitting(false);
        return;
      }
      window.location.assign(afterSignUp);
    } catch {
      setFormError("We could not reach Vetted. Check your connection and try again.");
      setSubmitting(false);
    }
  }

  return (
    <form ref={formRef} method="post" noValidate onSubmit={handleSubmit} className="space-y-5">
      {formError && (
        <Alert tone="danger" role="alert">
          {formError}
        </Alert>
      )}
      <AccountTypeChoice value={accountType} onChange={setAccountType} />
      <Input
        label="Your name"
        name="name"
        autoComplete="name"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fieldErrors.name}
      />
      {isHiring && (
        <Input
          label="Company name"
          name="companyName"
          autoComplete="organization"
          required
          value={companyName}
          onChange={(event) => setCompanyName(event.target.value)}
          error={fieldErrors.companyName}
        />
      )}
      <div>
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name="acceptTerms"
            checked={acceptTerms}
            onChange={(event) => setAcceptTerms(event.target.checked)}
            aria-invalid={fieldErrors.acceptTerms ? true : undefined}
            aria-describedby={fieldErrors.acceptTerms ? "accept-terms-error" : undefined}
            className="mt-0.5 size-4 accent-indigo-600"
          />
          <span>
            I agree to the{" "}
            <Link href="/terms" className="text-link" target="_blank" rel="noopener">
              terms
            </Link>
            .
          </span>
        </label>
        {fieldErrors.acceptTerms && (
          <p id="accept-terms-error" className="mt-1 text-sm text-red-700">
            {fieldErrors.acceptTerms}
          </p>
        )}
      </div>
      <Button type="submit" size="lg" className="w-full" isLoading={isSubmitting} loadingLabel="Creating your account…">
        {isHiring ? "Create company account" : "Create expert account"}
      </Button>
    </form>
  );
}
