import type { Metadata } from "next";
import { SiteShell } from "@/components/layout/site-shell";
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <SiteShell>
      <StatusPage
        code="404"
        title="Page not found"
        actions={
          <>
            <ButtonLink href="/">Go to the home page</ButtonLink>
            <ButtonLink href="/dashboard" variant="secondary">
              Go to your dashboard
            </ButtonLink>
          </>
        }
      >
        <p>The page you asked for does not exist or has moved. Check the address, or start again from one of these.</p>
      </StatusPage>
    </SiteShell>
  );
}
