import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthHeading } from "@/components/auth/auth-heading";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { OrDivider, SsoButtons } from "@/components/auth/sso-buttons";
import { InvitationLanding } from "@/components/teams/invitation-landing";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "@/lib/auth/callback-url";
import { currentUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { hasWaitingGuestDraft } from "@/lib/request-drafts/guest-draft-cookie";
import { configuredSsoProviders } from "@/lib/sessions/sso-providers";
import { findInvitationByToken } from "@/lib/team-members/find-invitation";
import { invitationTokenSchema } from "@/lib/team-members/schemas";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { as, invitation, callbackUrl } = await searchParams;
  const user = await currentUser();
  if (typeof invitation === "string") {
    const token = invitationTokenSchema.safeParse(invitation);
    const found = token.success ? await findInvitationByToken(token.data, now()) : null;
    return <InvitationLanding token={invitation} invitation={found} user={user} />;
  }
  const next = safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : null);
  if (user) redirect(next ?? DEFAULT_AFTER_SIGN_IN);
  const providers = configuredSsoProviders();
  // A visitor who started a request on /start signs up to send it: a company account.
  const hasGuestDraft = await hasWaitingGuestDraft();
  const signInHref = next ? `/sign-in?callbackUrl=${encodeURIComponent(next)}` : "/sign-in";

  return (
    <>
      <AuthHeading title="Create your Vetted account">
        Hiring? Get a shortlist of vetted experts within 8 hours. An expert? Apply once and get matched to work that fits.
      </AuthHeading>
      {hasGuestDraft && (
        <Alert tone="success" title="Your draft is saved" className="mb-6">
          Create your company account to send this request. Already have one?{" "}
          <Link href={signInHref} className="font-medium underline underline-offset-2">
            Sign in instead
          </Link>
        </Alert>
      )}
      <Card>
        {providers.length > 0 && (
          <>
            <SsoButtons providers={providers} callbackUrl={next ?? DEFAULT_AFTER_SIGN_IN} />
            <OrDivider />
          </>
        )}
        <SignUpForm initialAccountType={as === "expert" && !hasGuestDraft ? "EXPERT" : "CLIENT"} callbackUrl={next} />
      </Card>
      <p className="mt-6 text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href={signInHref} className="text-link font-medium">
          Sign in
        </Link>
      </p>
      <p className="mt-3 text-center text-xs text-slate-600">
        By creating an account you agree to the{" "}
        <Link href="/terms" className="text-link">
          terms
        </Link>
        .
      </p>
    </>
  );
}
