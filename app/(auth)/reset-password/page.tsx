import type { Metadata } from "next";
import { headers } from "next/headers";
import { LinkPage } from "@/components/accounts/link-page";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { linkProblem } from "@/lib/accounts/link-problem";
import { clientIp } from "@/lib/client-ip";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const problem = await linkProblem(token, "PASSWORD_RESET", { ip: clientIp(await headers()) });
  return (
    <LinkPage
      title="Choose a new password"
      intro="Every device signed in to your account will be signed out."
      problem={problem}
      recovery={{ href: "/forgot-password", label: "Ask for a new reset link" }}
    >
      <ResetPasswordForm token={String(token)} />
    </LinkPage>
  );
}
