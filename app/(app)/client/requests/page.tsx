import type { Metadata } from "next";
import { RequestList } from "@/components/requests/request-list";
import { RequestsPage } from "@/components/requests/requests-page";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { requestIdSchema } from "@/lib/requests/api-schemas";
import { listRequests } from "@/lib/requests/list-requests";
import { can } from "@/lib/teams/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Hiring requests" };

export default async function RequestsListPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { cursor } = await searchParams;
  const user = await requirePageUser({ path: "/client/requests", roles: ["CLIENT"] });
  const canRaise = can(user, "manageRequests");
  const isCursor = requestIdSchema.safeParse(cursor).success;
  const { requests, nextCursor } = await listRequests({ user, query: { cursor: isCursor ? cursor : undefined, limit: "50" } });
  return (
    <RequestsPage>
      <PageHeader
        title="Hiring requests"
        description="Matching starts when you submit a request; your shortlist is due 8 hours later."
        actions={canRaise ? <ButtonLink href="/client/requests/new">Raise a request</ButtonLink> : undefined}
      />
      <RequestList requests={requests} olderHref={nextCursor ? `/client/requests?cursor=${encodeURIComponent(nextCursor)}` : null} canRaise={canRaise} />
    </RequestsPage>
  );
}
