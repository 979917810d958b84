import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RequestsPage } from "@/components/requests/requests-page";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { claimGuestDraftFromCookie } from "@/lib/request-drafts/claim-from-cookie";
import { prefillSearch, type QueryParams } from "@/lib/requests/prefill";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your request", robots: { index: false } };

/**
 * Where sign-up and sign-in send a visitor who started a request on /start: the draft becomes their
 * company's, and the wizard opens on it. When it can no longer be used, the wizard opens pre-filled
 * from the link instead and says why.
 */
export default async function ContinueStartPage({ searchParams }: { searchParams: Promise<QueryParams> }) {
  const query = prefillSearch(await searchParams);
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(query ? `/start/continue?${query}` : "/start/continue")}`);
  const claimed = user.role === "CLIENT" ? await claimGuestDraftFromCookie(user).catch(refusal) : null;
  if (claimed?.ok) redirect(`/client/requests/new?draft=${encodeURIComponent(claimed.requestId)}`);
  if (claimed && "problem" in claimed)
    redirect(`/client/requests/new?${new URLSearchParams([...new URLSearchParams(query), ["notice", `draft-${claimed.problem}`]])}`);

  return (
    <RequestsPage>
      <PageHeader title="This account cannot raise requests" />
      <Alert tone="info">
        {claimed?.message ??
          `You are signed in with an ${user.role === "EXPERT" ? "expert" : "admin"} account. Requests are raised from a company account: sign out and create one to hire.`}{" "}
        <Link href="/dashboard" className="font-medium underline underline-offset-2">
          Go to your dashboard
        </Link>
      </Alert>
    </RequestsPage>
  );
}

/** A company role that may not raise requests is told so on the page; anything else is a real failure. */
function refusal(error: unknown): { ok: false; message: string } {
  if (isAppError(error) && error.code === "FORBIDDEN") return { ok: false, message: error.message };
  throw error;
}
