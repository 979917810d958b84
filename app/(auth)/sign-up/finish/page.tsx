import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthHeading } from "@/components/auth/auth-heading";
import { FinishSsoSignUpForm } from "@/components/auth/finish-sso-sign-up-form";
import { Card } from "@/components/ui/card";
import { DEFAULT_AFTER_SIGN_IN } from "@/lib/auth/callback-url";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { hasWaitingGuestDraft } from "@/lib/request-drafts/guest-draft-cookie";
import { providerName } from "@/lib/sessions/sso-providers";
import { openPendingSignUp, PENDING_SIGN_UP_COOKIE } from "@/lib/sso/pending-sign-up";

export const metadata: Metadata = { title: "Finish signing up" };

export default async function FinishSignUpPage() {
  if (await currentUser()) redirect(DEFAULT_AFTER_SIGN_IN);
  const identity = await openPendingSignUp((await cookies()).get(PENDING_SIGN_UP_COOKIE)?.value, env().NEXTAUTH_SECRET);

  if (!identity) {
    return (
      <>
        <AuthHeading title="Finish signing up">Your sign-up is no longer waiting for you.</AuthHeading>
        <Card>
          <p className="text-sm text-slate-700">It expires 15 minutes after you continue with your provider. Start again and it only takes a moment.</p>
          <Link href="/sign-up" className="text-link mt-4 inline-block font-medium">
            Create your account
          </Link>
        </Card>
      </>
    );
  }

  return (
    <>
      <AuthHeading title="Finish signing up">
        You are signing up as <strong className="font-semibold text-slate-900">{identity.email}</strong> with {providerName(identity.provider)}. Tell us how you
        will use Vetted.
      </AuthHeading>
      <Card>
        {/* A visitor who started a request on /start comes back to it, as after the email sign-up. */}
        <FinishSsoSignUpForm initialName={identity.name ?? ""} afterSignUp={(await hasWaitingGuestDraft()) ? "/start/continue" : DEFAULT_AFTER_SIGN_IN} />
      </Card>
    </>
  );
}
