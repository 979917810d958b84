import { ButtonLink } from "@/components/ui/button-link";
import { StatusPage } from "./status-page";

export function NotFoundPage() {
  return (
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
  );
}
