import type { Metadata } from "next";
import { ROLE_LABEL } from "@/components/layout/navigation";
import { Card } from "@/components/ui/card";
import { getAccount } from "@/lib/accounts/get-account";
import { requirePageUser } from "@/lib/auth/page-guard";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Account settings" };

export default async function AccountSettingsPage() {
  const user = await requirePageUser({ path: "/settings/account" });
  const account = await getAccount(user);
  return (
    <Card as="section">
      <h2 className="text-lg font-semibold text-slate-900">Account</h2>
      <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-600">Name</dt>
        <dd className="text-slate-900">{account.name}</dd>
        <dt className="font-medium text-slate-600">Email address</dt>
        <dd className="break-all text-slate-900">{account.email}</dd>
        <dt className="font-medium text-slate-600">Account type</dt>
        <dd className="text-slate-900">{ROLE_LABEL[account.role]}</dd>
        <dt className="font-medium text-slate-600">Member since</dt>
        <dd className="text-slate-900">{formatDate(account.createdAt)}</dd>
      </dl>
    </Card>
  );
}
