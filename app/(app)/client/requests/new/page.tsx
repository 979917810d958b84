import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { RequestWizard } from "@/components/requests/request-wizard";
import { RequestsPage } from "@/components/requests/requests-page";
import { firstIncompleteStep, valuesOfDraft } from "@/components/requests/wizard-values";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { isAppError } from "@/lib/errors";
import { requestIdSchema } from "@/lib/requests/api-schemas";
import { getDraft } from "@/lib/requests/get-draft";
import type { QueryParams } from "@/lib/requests/prefill";
import { resolvePrefill } from "@/lib/requests/resolve-prefill";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Raise a request" };

type NewRequestPageProps = { searchParams: Promise<QueryParams> };

/** Known notices only (from /start/continue): free text from a URL is never shown. */
const NOTICES: Record<string, string> = {
  "draft-expired": "The request you started before signing up was no longer saved, so we filled in what the link you followed still had.",
  "draft-missing": "The request you started before signing up was no longer saved, so we filled in what the link you followed still had.",
  "draft-claimed":
    "The request you started before signing up was already taken over by another account. Start it again here: we filled in what the link still had.",
};

async function findDraft(user: Awaited<ReturnType<typeof requirePageUser>>, draftParam: string | string[] | undefined) {
  const draftId = requestIdSchema.safeParse(draftParam);
  if (!draftParam) return null;
  if (!draftId.success) notFound();
  try {
    return await getDraft({ user, requestId: draftId.data });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function NewRequestPage({ searchParams }: NewRequestPageProps) {
  const params = await searchParams;
  const user = await requirePageUser({ path: "/client/requests/new", roles: ["CLIENT"], ability: "manageRequests" });
  const draft = await findDraft(user, params.draft);
  if (draft && draft.status !== "DRAFT") redirect(`/client/requests/${draft.id}`);
  // A stored draft wins over whatever a link asks to pre-fill.
  const start = draft ?? (await resolvePrefill(params));
  const initialValues = valuesOfDraft(start.fields, start.skillNames);
  const notice = typeof params.notice === "string" && Object.hasOwn(NOTICES, params.notice) ? NOTICES[params.notice] : null;

  return (
    <RequestsPage>
      <PageHeader
        title={draft ? "Finish your request" : "Raise a request"}
        description="Tell us what you need. We invite pre-vetted experts who fit, and your shortlist is ready within 8 hours of submitting."
      />
      {notice && !draft && <Alert tone="warning">{notice}</Alert>}
      <RequestWizard
        draftId={draft?.id ?? null}
        initialValues={initialValues}
        initialStep={draft ? firstIncompleteStep(initialValues) : 0}
        timeZones={["UTC", ...Intl.supportedValuesOf("timeZone")]}
        initialFiles={draft?.files ?? []}
      />
    </RequestsPage>
  );
}
