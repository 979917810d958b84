import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthHeading } from "@/components/auth/auth-heading";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { OrDivider, SsoButtons } from "@/components/auth/sso-buttons";
import { InvitationLanding } from "@/components/teams/invitation-landing";
import { Card } from "@/components/ui/card";
import { DEFAULT_AFTER_SIGN_IN } from "@/lib/auth/callback-url";
import { currentUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { configuredSsoProviders } from "@/lib/sessions/sso-providers";
import { findInvitationByToken } from "@/lib/team-members/find-invitation";
import { invitationTokenSchema } from "@/lib/team-members/schemas";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { as, invitation } = await searchParams;
  const user = await currentUser();
  if (typeof invitation === "string") {
    const token = invitationTokenSchema.safeParse(invitation);
    const found = token.success ? await findInvitationByToken(token.data, now()) : null;
    return <InvitationLanding token={invitation} invitation={found} user={user} />;
  }
  if (user) redirect(DEFAULT_AFTER_SIGN_IN);
  const providers = configuredSsoProviders();

  return (
    <>
      <AuthHeading title="Create your Vetted account">
        Hiring? Get a shortlist of vetted experts within 8 hours. An expert? Apply once and get matched to work that fits.
      </AuthHeading>
      <Card>
        {providers.length > 0 && (
          <>
            <SsoButtons providers={providers} callbackUrl={DEFAULT_AFTER_SIGN_IN} />
            <OrDivider />
          </>
        )}
        <SignUpForm initialAccountType={as === "expert" ? "EXPERT" : "CLIENT"} />
      </Card>
      <p className="mt-6 text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href="/sign-in" className="text-link font-medium">
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
