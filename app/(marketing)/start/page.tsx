import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { GuestRequestForm } from "@/components/requests/guest-request-form";
import { RequestsPage } from "@/components/requests/requests-page";
import { valuesOfDraft } from "@/components/requests/wizard-values";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser } from "@/lib/auth/session";
import { startingFields } from "@/lib/request-drafts/starting-values";
import { prefillSearch, type QueryParams } from "@/lib/requests/prefill";

export const dynamic = "force-dynamic";
// Every link's query makes another page: none of them is for search engines.
export const metadata: Metadata = { title: "Start a request", robots: { index: false } };

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

export default async function StartPage({ searchParams }: { searchParams: Promise<QueryParams> }) {
  const params = await searchParams;
  const query = prefillSearch(params);
  const user = await currentUser();
  if (user?.role === "CLIENT") redirect(withQuery("/client/requests/new", query));
  if (user) {
    return (
      <RequestsPage>
        <PageHeader title="Hiring is done from a company account" />
        <Alert tone="info">
          You are signed in with an {user.role === "EXPERT" ? "expert" : "admin"} account, which cannot raise requests. To hire, sign out and create a company
          account.{" "}
          <Link href="/dashboard" className="font-medium underline underline-offset-2">
            Go to your dashboard
          </Link>
        </Alert>
      </RequestsPage>
    );
  }

  const { fields, skillNames } = await startingFields(params);
  const signUpHref = `/sign-up?callbackUrl=${encodeURIComponent(withQuery("/start/continue", query))}`;
  return (
    <RequestsPage>
      <PageHeader
        title="Tell us what you need"
        description="Describe the work and the skills it takes. Next you create your company account, and when you submit, your shortlist of pre-vetted experts is ready within 8 hours."
      />
      <GuestRequestForm initialValues={valuesOfDraft(fields, skillNames)} signUpHref={signUpHref} />
      <p className="text-sm text-slate-600">
        Already have an account?{" "}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(withQuery("/client/requests/new", query))}`} className="text-link font-medium">
          Sign in
        </Link>{" "}
        and raise it from there.
      </p>
    </RequestsPage>
  );
}
