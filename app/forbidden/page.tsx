import type { Metadata } from "next";
import { DASHBOARD_PATH, ROLE_LABEL } from "@/components/layout/navigation";
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button-link";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "No access", robots: { index: false } };

// The proxy rewrites refused requests here and sets the 403 status.
export default async function ForbiddenPage() {
  const user = await currentUser();
  return (
    <StatusPage
      code="403"
      title="You don't have access to this page"
      actions={
        user ? (
          <ButtonLink href={DASHBOARD_PATH[user.role]}>Go to your dashboard</ButtonLink>
        ) : (
          <>
            <ButtonLink href="/sign-in">Sign in</ButtonLink>
            <ButtonLink href="/" variant="secondary">
              Go to the home page
            </ButtonLink>
          </>
        )
      }
    >
      {user ? (
        <p>
          You are signed in as {user.name} with a {ROLE_LABEL[user.role].toLowerCase()} account, which cannot open this page. If you think it should, contact
          support@vetted.test.
        </p>
      ) : (
        <p>This page needs an account with access to it. Sign in and try again.</p>
      )}
    </StatusPage>
  );
}
