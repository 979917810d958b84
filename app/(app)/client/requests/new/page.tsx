import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { RequestWizard } from "@/components/requests/request-wizard";
import { RequestsPage } from "@/components/requests/requests-page";
import { EMPTY_VALUES, firstIncompleteStep, valuesOfDraft } from "@/components/requests/wizard-values";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { isAppError } from "@/lib/errors";
import { requestIdSchema } from "@/lib/requests/api-schemas";
import { getDraft } from "@/lib/requests/get-draft";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Raise a request" };

type NewRequestPageProps = { searchParams: Promise<{ draft?: string | string[] }> };

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
  const { draft: draftParam } = await searchParams;
  const user = await requirePageUser({ path: "/client/requests/new", roles: ["CLIENT"], ability: "manageRequests" });
  const draft = await findDraft(user, draftParam);
  if (draft && draft.status !== "DRAFT") redirect(`/client/requests/${draft.id}`);
  const initialValues = draft ? valuesOfDraft(draft.fields, draft.skillNames) : EMPTY_VALUES;

  return (
    <RequestsPage>
      <PageHeader
        title={draft ? "Finish your request" : "Raise a request"}
        description="Tell us what you need. We invite pre-vetted experts who fit, and your shortlist is ready within 8 hours of submitting."
      />
      <RequestWizard
        draftId={draft?.id ?? null}
        initialValues={initialValues}
        initialStep={draft ? firstIncompleteStep(initialValues) : 0}
        timeZones={["UTC", ...Intl.supportedValuesOf("timeZone")]}
      />
    </RequestsPage>
  );
}
