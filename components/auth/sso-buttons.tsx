"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { SsoProvider } from "@/lib/sessions/sso-providers";

export type SsoButtonsProps = {
  providers: SsoProvider[];
  /** Where to land after signing in; next-auth's redirect callback keeps it on this site. */
  callbackUrl?: string;
  /** "Continue with Google" on sign-in and sign-up, "Link Google" in settings. */
  verb?: "Continue with" | "Link";
};

/**
 * One button per configured provider. next-auth's signIn() posts for the provider's address and then
 * navigates there itself: a form posting to /api/auth/signin would be redirected off-site, which the
 * CSP's form-action 'self' refuses.
 */
export function SsoButtons({ providers, callbackUrl, verb = "Continue with" }: SsoButtonsProps) {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (providers.length === 0) return null;

  async function start(providerId: string) {
    setPending(providerId);
    setError(null);
    try {
      await signIn(providerId, { callbackUrl });
    } catch {
      setError("We could not reach Vetted. Check your connection and try again.");
      setPending(null);
    }
  }

  return (
    <div className="space-y-3">
      {error && (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      )}
      {providers.map((provider) => (
        <Button
          key={provider.id}
          variant="secondary"
          size="lg"
          className="w-full"
          isLoading={pending === provider.id}
          loadingLabel={`Opening ${provider.name}…`}
          onClick={() => start(provider.id)}
        >
          {verb} {provider.name}
        </Button>
      ))}
    </div>
  );
}

/** The line between the provider buttons and the email form. */
export function OrDivider() {
  return (
    <div className="my-6 flex items-center gap-3 text-xs uppercase tracking-wide text-slate-600" aria-hidden="true">
      <span className="h-px flex-1 bg-slate-200" />
      or
      <span className="h-px flex-1 bg-slate-200" />
    </div>
  );
}
