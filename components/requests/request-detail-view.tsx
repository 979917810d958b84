import { DateTime } from "@/components/dashboards/date-time";
import { StatusBadge } from "@/components/dashboards/status-badge";
import { InviteSavedExperts } from "@/components/saved-experts/invite-saved-experts";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { InterviewView } from "@/lib/interviews/interview-view";
import type { RequestDetail } from "@/lib/requests/get-request";
import type { SavedForRequest } from "@/lib/saved-experts/saved-for-request";
import { CancelRequestButton } from "./cancel-request-button";
import { formatBudgetRule } from "./format";
import { MatchingProgress, SlaBreachedNotice } from "./matching-progress";
import { RequestFacts } from "./request-facts";
import { RequestsPage } from "./requests-page";
import { ShortlistCard } from "./shortlist-card";

const CANCELLABLE = new Set<RequestDetail["status"]>(["DRAFT", "MATCHING", "MATCHED"]);
const HAS_SHORTLIST = new Set<RequestDetail["status"]>(["MATCHED", "HIRED", "CLOSED"]);

function StatusLine({ request }: { request: RequestDetail }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <StatusBadge status={request.status} />
      {request.submittedAt && (
        <span>
          Submitted <DateTime value={request.submittedAt} />
        </span>
      )}
      {request.cancelledAt && (
        <span>
          · Cancelled <DateTime value={request.cancelledAt} />
        </span>
      )}
    </span>
  );
}

/** `may`: what the viewer's company role allows here (lib/teams/permissions.ts); the rest is read-only. */
export function RequestDetailView({
  request,
  saved,
  may,
  interviews,
}: {
  request: RequestDetail;
  saved: SavedForRequest;
  may: { manageRequests: boolean; manageContracts: boolean };
  /** The shortlist's interviews by match, for members who manage requests (they arrange them). */
  interviews?: { byMatch: Record<string, InterviewView>; timeZones: readonly string[] };
}) {
  const isDraft = request.status === "DRAFT";
  return (
    <RequestsPage>
      <PageHeader
        title={request.title || "Untitled draft"}
        description={<StatusLine request={request} />}
        actions={
          <>
            {may.manageRequests && isDraft && <ButtonLink href={`/client/requests/new?draft=${request.id}`}>Continue editing</ButtonLink>}
            {may.manageRequests && CANCELLABLE.has(request.status) && <CancelRequestButton requestId={request.id} isDraft={isDraft} />}
          </>
        }
      />
      {request.slaBreached && request.status === "MATCHING" && <SlaBreachedNotice />}
      {request.status === "MATCHING" && <MatchingProgress progress={request.progress} />}
      {request.status === "MATCHING" && saved.canInvite && <InviteSavedExperts requestId={request.id} experts={saved.invitable} />}
      {(HAS_SHORTLIST.has(request.status) || request.shortlist.length > 0) && (
        <section aria-labelledby="shortlist-heading" className="space-y-4">
          <div>
            <h2 id="shortlist-heading" className="text-lg font-semibold text-slate-900">
              Your shortlist
            </h2>
            {request.shortlistedAt && (
              <p className="mt-1 text-sm text-slate-600">
                Delivered <DateTime value={request.shortlistedAt} />. Each expert has accepted and confirmed their rate and availability.
              </p>
            )}
            {request.budgetMaxCents !== null && (
              <p className="mt-1 text-sm text-slate-600">
                {formatBudgetRule(request)}. Rates in another currency are not converted, so experts quoting in one are not matched: a rate that fits today
                would not fit tomorrow, and the contract is paid in {request.currency}.
              </p>
            )}
          </div>
          {request.shortlist.length > 0 ? (
            <ul className="space-y-4">
              {request.shortlist.map((entry) => (
                <ShortlistCard
                  key={entry.matchId}
                  entry={entry}
                  budget={request.budgetMaxCents === null ? null : { ...request, budgetMaxCents: request.budgetMaxCents }}
                  requestId={request.id}
                  canHire={may.manageContracts && request.status === "MATCHED"}
                  save={saved.canSave ? { isSaved: saved.savedIds.includes(entry.expert.profileId) } : null}
                  interview={
                    may.manageRequests && interviews && (request.status === "MATCHED" || interviews.byMatch[entry.matchId])
                      ? { view: interviews.byMatch[entry.matchId] ?? null, timeZones: interviews.timeZones }
                      : null
                  }
                />
              ))}
            </ul>
          ) : (
            <EmptyState headingLevel={3} title="No experts on the shortlist" description="Our team is hand-picking experts for this request." />
          )}
        </section>
      )}
      <RequestFacts request={request} />
    </RequestsPage>
  );
}
