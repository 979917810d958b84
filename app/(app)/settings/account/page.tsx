import type { Metadata } from "next";
import { ChangeEmailForm } from "@/components/accounts/change-email-form";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { ResendVerificationButton } from "@/components/accounts/resend-verification-button";
import { SignOutOtherDevicesForm } from "@/components/accounts/sign-out-other-devices-form";
import { ROLE_LABEL } from "@/components/layout/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getAccount } from "@/lib/accounts/get-account";
import { getAccountSecurity } from "@/lib/accounts/get-account-security";
import { requirePageUser } from "@/lib/auth/page-guard";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Account settings" };

export default async function AccountSettingsPage() {
  const user = await requirePageUser({ path: "/settings/account" });
  const [account, security] = await Promise.all([getAccount(user), getAccountSecurity(user)]);
  return (
    <>
      <Card as="section">
        <h2 className="text-lg font-semibold text-slate-900">Account</h2>
        <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-slate-600">Name</dt>
          <dd className="text-slate-900">{account.name}</dd>
          <dt className="font-medium text-slate-600">Email address</dt>
          <dd className="flex flex-wrap items-center gap-2 break-all text-slate-900">
            {account.email}
            {security.emailVerifiedAt ? <Badge tone="success">Confirmed</Badge> : <Badge tone="warning">Not confirmed</Badge>}
          </dd>
          <dt className="font-medium text-slate-600">Account type</dt>
          <dd className="text-slate-900">{ROLE_LABEL[account.role]}</dd>
          <dt className="font-medium text-slate-600">Member since</dt>
          <dd className="text-slate-900">{formatDate(account.createdAt)}</dd>
        </dl>
        {!security.emailVerifiedAt && (
          <div className="mt-4 space-y-2 text-sm text-slate-700">
            <p>Open the link we emailed to {account.email} to confirm it. Until then you cannot hire, fund work, accept invitations or get paid.</p>
            <ResendVerificationButton />
          </div>
        )}
      </Card>
      <Card as="section">
        <h2 className="text-lg font-semibold text-slate-900">Email address</h2>
        <p className="mt-1 text-sm text-slate-600">We send a link to the new address; the change happens once you open it, and your current address is told.</p>
        {security.pendingEmail && (
          <p className="mt-3 text-sm text-slate-700">
            Waiting for you to confirm <strong className="font-medium break-all">{security.pendingEmail}</strong>. Check that inbox, or start again below.
          </p>
        )}
        <ChangeEmailForm />
      </Card>
      <Card as="section">
        <h2 className="text-lg font-semibold text-slate-900">Password</h2>
        <p className="mt-1 text-sm text-slate-600">Changing it signs out every other device; this one stays signed in.</p>
        <ChangePasswordForm />
      </Card>
      <Card as="section">
        <h2 className="text-lg font-semibold text-slate-900">Signed-in devices</h2>
        <p className="mt-1 text-sm text-slate-600">Lost a device or signed in somewhere you should not have? Sign everywhere else out.</p>
        <SignOutOtherDevicesForm />
      </Card>
    </>
  );
}
