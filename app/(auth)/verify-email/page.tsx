import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { verifyEmailAction } from "@/app/(auth)/verify-email/actions";
import { LinkConfirmForm } from "@/components/accounts/link-confirm-form";
import { LinkPage } from "@/components/accounts/link-page";
import { AuthHeading } from "@/components/auth/auth-heading";
import { Card } from "@/components/ui/card";
import { linkProblem } from "@/lib/accounts/link-problem";
import { currentUser } from "@/lib/auth/session";
import { clientIp } from "@/lib/client-ip";
import { findLatestDraftId } from "@/lib/requests/find-latest-draft";

export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token, confirmed } = await searchParams;
  if (confirmed === "1" && token === undefined) {
    // The link may be opened days later: a request waiting as a draft is the next thing to do.
    const user = await currentUser();
    const draftId = user ? await findLatestDraftId(user) : null;
    return (
      <>
        <AuthHeading title="Your email address is confirmed">Thank you. You can now hire, fund work, accept invitations and get paid.</AuthHeading>
        <Card className="flex flex-wrap gap-x-6 gap-y-3">
          {draftId && (
            <Link href={`/client/requests/new?draft=${encodeURIComponent(draftId)}`} className="text-link font-medium">
              Finish your request
            </Link>
          )}
          <Link href="/dashboard" className="text-link font-medium">
            Go to your dashboard
          </Link>
        </Card>
      </>
    );
  }
  const problem = await linkProblem(token, "EMAIL_VERIFICATION", { ip: clientIp(await headers()) });
  return (
    <LinkPage
      title="Confirm your email address"
      intro="One click, and your account can hire, fund work, accept invitations and get paid."
      problem={problem}
      recovery={{ href: "/settings/account", label: "Send a new link from your account settings" }}
    >
      <LinkConfirmForm action={verifyEmailAction} token={String(token)} label="Confirm my email address" />
    </LinkPage>
  );
}
