import type { Metadata } from "next";
import { SsoRequirementForm } from "@/components/settings/sso-requirement-form";
import { Card } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getCompanySsoSettings } from "@/lib/sso/company-sso-settings";

export const metadata: Metadata = { title: "Single sign-on" };

export default async function SingleSignOnSettingsPage() {
  const user = await requirePageUser({ path: "/settings/single-sign-on", roles: ["CLIENT"] });
  const settings = await getCompanySsoSettings(user);
  const current = settings.requiredProvider
    ? `${settings.companyName} requires signing in with ${settings.requiredProvider.name}.`
    : `${settings.companyName} does not require single sign-on.`;

  return (
    <Card as="section">
      <h2 className="text-lg font-semibold text-slate-900">Single sign-on</h2>
      <p className="mt-1 text-sm text-slate-600">{current}</p>
      {settings.isOwner ? (
        <>
          <p className="mt-3 text-sm text-slate-700">
            When you require a provider, your company's members must sign in with it: their passwords and other providers are refused. As the owner you keep
            your password, so a problem with the provider cannot lock you out of these settings. You can only require a provider you have linked to your own
            account.
          </p>
          {settings.providers.length > 0 ? (
            <SsoRequirementForm providers={settings.providers} requiredProvider={settings.requiredProvider?.id ?? null} />
          ) : (
            <p className="mt-4 text-sm text-slate-700">No single sign-on provider is set up for Vetted yet.</p>
          )}
        </>
      ) : (
        <p className="mt-3 text-sm text-slate-700">Only your company's owner can change this.</p>
      )}
    </Card>
  );
}
