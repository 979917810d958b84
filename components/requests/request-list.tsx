import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import type { RequestSummary } from "@/lib/requests/list-requests";
import { RequestsTable } from "./requests-table";

export function RequestList({ requests, olderHref, canRaise }: { requests: RequestSummary[]; olderHref: string | null; canRaise: boolean }) {
  if (requests.length === 0) {
    return (
      <EmptyState
        title={canRaise ? "Raise your first request" : "No hiring requests yet"}
        description={
          canRaise
            ? "Describe the work, the skills it needs and your budget. We match you with pre-vetted experts within 8 hours."
            : "Your company's owners and hiring managers raise requests; they show here as soon as there is one."
        }
        action={canRaise ? <ButtonLink href="/client/requests/new">Raise a request</ButtonLink> : undefined}
      />
    );
  }
  return (
    <div className="space-y-4">
      <RequestsTable requests={requests} caption="Your hiring requests, newest first" />
      {olderHref && (
        <p>
          <Link href={olderHref} className="text-sm font-medium text-indigo-700 underline underline-offset-2">
            Older requests
          </Link>
        </p>
      )}
    </div>
  );
}
