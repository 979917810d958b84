import Link from "next/link";
import { AuthHeading } from "@/components/auth/auth-heading";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { type FoundInvitation, invitationProblem } from "@/lib/team-members/find-invitation";
import { AcceptInvitationButton } from "./accept-invitation-button";
import { InviteeSignUpForm } from "./invitee-sign-up-form";

/** /sign-up?invitation=…: why the link no longer works, or sign up (or accept, signed in) into the company. */
export function InvitationLanding({ token, invitation, user }: { token: string; invitation: FoundInvitation | null; user: SessionUser | null }) {
  const problem = invitationProblem(invitation);
  if (!invitation || problem) {
    return (
      <>
        <AuthHeading title="This invitation can't be used">Invitations to a company on Vetted work once, for 7 days.</AuthHeading>
        <Alert tone="warning" role="alert">
          {problem}
        </Alert>
        <p className="mt-6 text-center text-sm text-slate-600">
          <Link href="/sign-in" className="text-link font-medium">
            Sign in
          </Link>{" "}
          or{" "}
          <Link href="/sign-up" className="text-link font-medium">
            create a new account
          </Link>
        </p>
      </>
    );
  }
  const callback = `/sign-up?invitation=${encodeURIComponent(token)}`;
  return (
    <>
      <AuthHeading title={`Join ${invitation.companyName} on Vetted`}>
        {invitation.invitedByName} invited you as {invitation.roleLabel.toLowerCase()}. The invitation works until {formatDate(invitation.expiresAt)}.
      </AuthHeading>
      <Card>
        {user ? (
          <div className="space-y-4 text-sm text-slate-700">
            <p>
              You are signed in as <strong>{user.email}</strong>.
            </p>
            <AcceptInvitationButton token={token} companyName={invitation.companyName} />
          </div>
        ) : (
          <InviteeSignUpForm token={token} email={invitation.email} companyName={invitation.companyName} />
        )}
      </Card>
      {!user && (
        <p className="mt-6 text-center text-sm text-slate-600">
          Already have an account with {invitation.email}?{" "}
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callback)}`} className="text-link font-medium">
            Sign in to accept
          </Link>
        </p>
      )}
    </>
  );
}
