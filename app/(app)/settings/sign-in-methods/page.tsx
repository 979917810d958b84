import type { Metadata } from "next";
import { type LinkedRow, SignInMethodsList } from "@/components/settings/sign-in-methods-list";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guard";
import { formatDate } from "@/lib/format";
import { isSsoProviderId, providerName } from "@/lib/sessions/sso-providers";
import { isSsoRefusal, ssoRefusalMessage } from "@/lib/sso/refusals";
import { getSignInMethods } from "@/lib/sso/sign-in-methods";

export const metadata: Metadata = { title: "Sign-in methods" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInMethodsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser({ path: "/settings/sign-in-methods" });
  const methods = await getSignInMethods(user);
  const { linked, error, provider } = await searchParams;
  const linkedName = isSsoProviderId(linked) ? providerName(linked) : null;
  const errorText =
    typeof error === "string" && isSsoRefusal(error) ? ssoRefusalMessage(error, isSsoProviderId(provider) ? providerName(provider) : "the provider") : null;
  const rows: LinkedRow[] = methods.linked.map((link) => ({
    provider: link.provider,
    providerName: link.providerName,
    email: link.email,
    linkedOn: formatDate(link.createdAt),
    lastUsedOn: link.lastUsedAt ? formatDate(link.lastUsedAt) : null,
  }));

  return (
    <Card as="section">
      <h2 className="text-lg font-semibold text-slate-900">Sign-in methods</h2>
      <p className="mt-1 text-sm text-slate-600">The ways you can sign in to Vetted. Keep at least one: you cannot unlink the last.</p>
      {linkedName && (
        <Alert tone="success" className="mt-4">
          {linkedName} is linked. You can now sign in with it.
        </Alert>
      )}
      {errorText && (
        <Alert tone="danger" role="alert" className="mt-4">
          {errorText}
        </Alert>
      )}
      {methods.requirement && (
        <Alert tone="info" className="mt-4">
          {methods.requirement.companyName} requires signing in with {providerName(methods.requirement.provider)}.
        </Alert>
      )}
      <SignInMethodsList hasPassword={methods.hasPassword} linked={rows} linkable={methods.linkable} />
    </Card>
  );
}
