import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { AuthHeading } from "@/components/auth/auth-heading";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { TOKEN_PROBLEMS } from "@/lib/account-links/account-tokens";
import { checkResetLink } from "@/lib/accounts/reset-password";
import { clientIp } from "@/lib/client-ip";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const problem = await linkProblem(typeof token === "string" ? token : "");
  return (
    <>
      <AuthHeading title="Choose a new password">Every device signed in to your account will be signed out.</AuthHeading>
      <Card>
        {problem || typeof token !== "string" ? (
          <div className="space-y-4">
            <Alert tone="danger">{problem}</Alert>
            <Link href="/forgot-password" className="text-link font-medium">
              Ask for a new reset link
            </Link>
          </div>
        ) : (
          <ResetPasswordForm token={token} />
        )}
      </Card>
    </>
  );
}

async function linkProblem(token: string) {
  try {
    const check = await checkResetLink(token, { ip: clientIp(await headers()) });
    return check.ok ? null : TOKEN_PROBLEMS[check.problem];
  } catch (error) {
    if (isAppError(error)) return error.message;
    throw error;
  }
}
