import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { confirmEmailChangeAction } from "@/app/(auth)/confirm-email-change/actions";
import { LinkConfirmForm } from "@/components/accounts/link-confirm-form";
import { LinkPage } from "@/components/accounts/link-page";
import { AuthHeading } from "@/components/auth/auth-heading";
import { Card } from "@/components/ui/card";
import { linkProblem } from "@/lib/accounts/link-problem";
import { clientIp } from "@/lib/client-ip";

export const metadata: Metadata = { title: "Confirm your new email address", referrer: "no-referrer" };

export default async function ConfirmEmailChangePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token, confirmed } = await searchParams;
  if (confirmed === "1" && token === undefined) {
    return (
      <>
        <AuthHeading title="Your email address was changed">Sign in with your new address from now on.</AuthHeading>
        <Card>
          <Link href="/settings/account" className="text-link font-medium">
            Go to your account settings
          </Link>
        </Card>
      </>
    );
  }
  const problem = await linkProblem(token, "EMAIL_CHANGE", { ip: clientIp(await headers()) });
  return (
    <LinkPage
      title="Confirm your new email address"
      intro="Your Vetted account will use this address for signing in and for every email."
      problem={problem}
      recovery={{ href: "/settings/account", label: "Start the change again from your account settings" }}
    >
      <LinkConfirmForm action={confirmEmailChangeAction} token={String(token)} label="Use this email address" />
    </LinkPage>
  );
}
