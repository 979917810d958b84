"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { unlinkProvider } from "@/app/(app)/settings/sign-in-methods/actions";
import { SsoButtons } from "@/components/auth/sso-buttons";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { SsoProvider } from "@/lib/sessions/sso-providers";

export type LinkedRow = { provider: string; providerName: string; email: string | null; linkedOn: string; lastUsedOn: string | null };

export type SignInMethodsListProps = { hasPassword: boolean; linked: LinkedRow[]; linkable: SsoProvider[] };

export function SignInMethodsList({ hasPassword, linked, linkable }: SignInMethodsListProps) {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function unlink(row: LinkedRow) {
    setPending(row.provider);
    setError(null);
    try {
      const result = await unlinkProvider(row.provider);
      if (result.ok) router.refresh();
      else setError(result.message);
    } catch {
      setError("We could not reach Vetted. Check your connection and try again.");
    }
    setPending(null);
  }

  return (
    <div className="mt-4 space-y-6">
      {error && (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      )}
      <ul className="divide-y divide-slate-200 rounded-lg ring-1 ring-slate-200">
        <li className="flex items-center justify-between gap-4 p-4">
          <div>
            <p className="text-sm font-medium text-slate-900">Email and password</p>
            <p className="text-sm text-slate-600">{hasPassword ? "Set" : "No password: you sign in with a provider below."}</p>
          </div>
        </li>
        {linked.map((row) => (
          <li key={row.provider} className="flex items-center justify-between gap-4 p-4">
            <div className="min-w-0">
              <p className="text-sm font-medium text-slate-900">{row.providerName}</p>
              <p className="break-all text-sm text-slate-600">
                {row.email ? `${row.email} · ` : ""}linked {row.linkedOn}
                {row.lastUsedOn ? ` · last used ${row.lastUsedOn}` : ""}
              </p>
            </div>
            <Button
              variant="secondary"
              isLoading={pending === row.provider}
              loadingLabel="Unlinking…"
              onClick={() => unlink(row)}
              aria-label={`Unlink ${row.providerName}`}
            >
              Unlink
            </Button>
          </li>
        ))}
      </ul>
      {linkable.length > 0 && (
        <div className="space-y-3">
          <h3 className="text-sm font-semibold text-slate-900">Link another way to sign in</h3>
          <SsoButtons providers={linkable} verb="Link" callbackUrl="/settings/sign-in-methods" />
        </div>
      )}
    </div>
  );
}
