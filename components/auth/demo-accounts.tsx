"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";

export type DemoAccount = { role: string; email: string; name: string; label: string };

export type DemoAccountsProps = {
  accounts: readonly DemoAccount[];
  password: string;
  /** The demo admin's published authenticator key (admins must use two-factor authentication). */
  adminTotpKey: string;
  onUse: (account: DemoAccount) => void;
};

/** Seeded accounts for trying each role. The sign-in page renders this in development only. */
export function DemoAccounts({ accounts, password, adminTotpKey, onUse }: DemoAccountsProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-xl bg-amber-50 p-5 ring-1 ring-amber-300 ring-inset">
      <h2 id={headingId} className="text-sm font-semibold text-amber-950">
        Demo accounts (development only)
      </h2>
      <p className="mt-1 text-sm text-amber-950">
        Every demo account uses the password <code className="rounded bg-white px-1 py-0.5 font-mono text-xs">{password}</code>.
      </p>
      <ul className="mt-4 divide-y divide-amber-200">
        {accounts.map((account) => {
          const descriptionId = `${headingId}-${account.role}`;
          return (
            <li key={account.email} className="flex flex-wrap items-center justify-between gap-3 py-3 first:pt-0 last:pb-0">
              <div id={descriptionId} className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">{account.label}</p>
                <p className="truncate text-slate-700">
                  {account.name} · {account.email}
                </p>
              </div>
              <Button variant="secondary" size="sm" aria-describedby={descriptionId} onClick={() => onUse(account)}>
                Use this account
              </Button>
            </li>
          );
        })}
      </ul>
      <p className="mt-4 text-sm text-amber-950">
        The admin also asks for a two-factor code: run <code className="rounded bg-white px-1 py-0.5 font-mono text-xs">npm run demo:code</code>, or add the key{" "}
        <code className="rounded bg-white px-1 py-0.5 font-mono text-xs">{adminTotpKey}</code> to your authenticator app.
      </p>
    </section>
  );
}
