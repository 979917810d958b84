import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthHeading } from "@/components/auth/auth-heading";
import { signInErrorFromQuery } from "@/components/auth/sign-in-errors";
import { SignInForm } from "@/components/auth/sign-in-form";
import { OrDivider, SsoButtons } from "@/components/auth/sso-buttons";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "@/lib/auth/callback-url";
import { DEMO_ACCOUNTS, DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from "@/lib/auth/demo-accounts";
import { currentUser } from "@/lib/auth/session";
import { configuredSsoProviders, isSsoProviderId, providerName } from "@/lib/sessions/sso-providers";
import { groupedKey } from "@/lib/two-factor/totp";

export const metadata: Metadata = { title: "Sign in" };

/** Known notices only: free text from a URL is never shown. */
const NOTICES: Record<string, string> = {
  "password-reset": "Your password was changed and every device was signed out. Sign in with your new password.",
};

type SearchParams = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const callbackUrl = single(params.callbackUrl);
  const noticeKey = single(params.notice) ?? "";
  const notice = Object.hasOwn(NOTICES, noticeKey) ? NOTICES[noticeKey] : undefined;
  if (await currentUser()) redirect(safeCallbackPath(callbackUrl) ?? DEFAULT_AFTER_SIGN_IN);

  // Decided on the server: a production build never renders the demo password into its HTML or bundles.
  const providers = configuredSsoProviders();
  const provider = single(params.provider);
  const initialError = signInErrorFromQuery(single(params.error), isSsoProviderId(provider) ? providerName(provider) : undefined);
  const demo =
    process.env.NODE_ENV !== "production" ? { accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD, adminTotpKey: groupedKey(DEMO_ADMIN_TOTP_SECRET) } : null;

  return (
    <>
      <AuthHeading title="Sign in to Vetted">Welcome back. Pick up where you left off.</AuthHeading>
      {notice && (
        <Alert tone="success" role="status" className="mb-6">
          {notice}
        </Alert>
      )}
      <Card>
        {providers.length > 0 && (
          <>
            <SsoButtons providers={providers} callbackUrl={safeCallbackPath(callbackUrl) ?? DEFAULT_AFTER_SIGN_IN} />
            <OrDivider />
          </>
        )}
        <SignInForm callbackUrl={callbackUrl} initialError={initialError} demo={demo} />
      </Card>
      <p className="mt-6 text-center text-sm text-slate-600">
        New to Vetted?{" "}
        <Link
          href={safeCallbackPath(callbackUrl) ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl ?? "")}` : "/sign-up"}
          className="text-link font-medium"
        >
          Create an account
        </Link>
      </p>
    </>
  );
}
