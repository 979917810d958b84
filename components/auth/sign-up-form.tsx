"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { type FormEvent, useRef, useState } from "react";
import { createAccount } from "@/app/(auth)/sign-up/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { enteredText, usePreHydrationInput } from "@/components/ui/use-pre-hydration-input";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "@/lib/auth/callback-url";
import { signUpSchema } from "@/lib/credentials/schemas";
import { type AccountType, AccountTypeChoice } from "./account-type-choice";
import { type FieldErrorMap, firstFieldErrors, firstOfEach, focusFirstInvalid } from "./field-errors";
import { signInErrorMessage } from "./sign-in-errors";

const FIELD_ORDER = ["name", "email", "password", "companyName"] as const;

type Values = { name: string; email: string; password: string; companyName: string };

type FormError = { message: string; showSignInLink?: boolean };

type SignUpFormProps = {
  initialAccountType?: AccountType;
  /** Where the new account lands once signed in: a same-site path the page already checked. */
  callbackUrl?: string | null;
};

export function SignUpForm({ initialAccountType = "CLIENT", callbackUrl }: SignUpFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [accountType, setAccountType] = useState<AccountType>(initialAccountType);
  const [values, setValues] = useState<Values>({ name: "", email: "", password: "", companyName: "" });
  const [fieldErrors, setFieldErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<FormError | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const isHiring = accountType === "CLIENT";
  usePreHydrationInput(formRef, (entered) => {
    setAccountType(entered.get("accountType") === "EXPERT" ? "EXPERT" : "CLIENT");
    setValues({
      name: enteredText(entered, "name"),
      email: enteredText(entered, "email"),
      password: enteredText(entered, "password"),
      companyName: enteredText(entered, "companyName"),
    });
  });

  const change = (field: keyof Values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  function showErrors(errors: FieldErrorMap) {
    setFieldErrors(errors);
    focusFirstInvalid(formRef.current, errors, FIELD_ORDER);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    setFormError(null);
    const { companyName, ...shared } = values;
    const input = isHiring ? { accountType, ...shared, companyName } : { accountType, ...shared };
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) return showErrors(firstFieldErrors(parsed.error));

    setFieldErrors({});
    setSubmitting(true);
    try {
      const created = await createAccount(input);
      if (!created.ok) {
        setFormError({ message: created.message, showSignInLink: Boolean(created.fields.email) });
        showErrors(firstOfEach(created.fields));
        setSubmitting(false);
        return;
      }
      const signedIn = await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
      if (!signedIn?.ok || signedIn.error) {
        setFormError({
          message: `Your account was created, but signing you in failed: ${signInErrorMessage(signedIn?.error)}`,
          showSignInLink: true,
        });
        setSubmitting(false);
        return;
      }
      window.location.assign(safeCallbackPath(callbackUrl) ?? DEFAULT_AFTER_SIGN_IN);
    } catch {
      setFormError({ message: "We could not reach Vetted. Check your connection and try again." });
      setSubmitting(false);
    }
  }

  return (
    <form ref={formRef} method="post" noValidate onSubmit={handleSubmit} className="space-y-5">
      {formError && (
        <Alert tone="danger" role="alert">
          {formError.message}
          {formError.showSignInLink && (
            <>
              {" "}
              <Link href="/sign-in" className="font-medium underline underline-offset-2">
                Go to sign in
              </Link>
            </>
          )}
        </Alert>
      )}
      <AccountTypeChoice value={accountType} onChange={setAccountType} />
      <Input label="Your name" name="name" autoComplete="name" required value={values.name} onChange={change("name")} error={fieldErrors.name} />
      <Input
        label={isHiring ? "Work email" : "Email"}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        value={values.email}
        onChange={change("email")}
        error={fieldErrors.email}
      />
      <Input
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. A few uncommon words together make a strong password you can remember."
        value={values.password}
        onChange={change("password")}
        error={fieldErrors.password}
      />
      {isHiring && (
        <Input
          label="Company name"
          name="companyName"
          autoComplete="organization"
          required
          value={values.companyName}
          onChange={change("companyName")}
          error={fieldErrors.companyName}
        />
      )}
      <Button type="submit" size="lg" className="w-full" isLoading={isSubmitting} loadingLabel="Creating your account…">
        {isHiring ? "Create company account" : "Create expert account"}
      </Button>
    </form>
  );
}
