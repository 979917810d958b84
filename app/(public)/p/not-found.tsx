import type { Metadata } from "next";
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button-link";

export const metadata: Metadata = { title: "No such profile", robots: { index: false, follow: false } };

export default function PublicProfileNotFound() {
  return (
    <StatusPage
      code="404"
      title="This profile is not public"
      actions={
        <ButtonLink href="/hire" variant="secondary" prefetch={false}>
          Browse experts by skill
        </ButtonLink>
      }
    >
      <p>The address may be misspelt, or the expert may have chosen to keep their profile private.</p>
    </StatusPage>
  );
}
