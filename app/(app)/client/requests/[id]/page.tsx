import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RequestDetailView } from "@/components/requests/request-detail-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { interviewsForRequest } from "@/lib/interviews/list-interviews";
import { requestIdSchema } from "@/lib/requests/api-schemas";
import { getRequest } from "@/lib/requests/get-request";
import { savedExpertsForRequest } from "@/lib/saved-experts/saved-for-request";
import { can } from "@/lib/teams/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Hiring request" };

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser({ path: `/client/requests/${encodeURIComponent(id)}`, roles: ["CLIENT"] });
  if (!requestIdSchema.safeParse(id).success) notFound();
  const request = await getRequest({ user, requestId: id, now: now() }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const saved = await savedExpertsForRequest({ user, requestId: request.id });
  const interviews = {
    byMatch: await interviewsForRequest({ user, requestId: request.id, now: now() }),
    timeZones: ["UTC", ...Intl.supportedValuesOf("timeZone")],
  };
  return (
    <RequestDetailView
      request={request}
      saved={saved}
      may={{ manageRequests: can(user, "manageRequests"), manageContracts: can(user, "manageContracts") }}
      interviews={interviews}
    />
  );
}
