import Link from "next/link";
import { ContractsPage } from "@/components/contracts/contracts-page";
import { formatHourly } from "@/components/requests/format";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { SavedExpertList } from "@/lib/saved-experts/list-saved-experts";
import { SaveToggle } from "./save-toggle";

/** The company's saved experts, each with what a rehire decision needs and the way to act on it. */
export function SavedExpertsView({ experts, canSave }: { experts: SavedExpertList["experts"]; canSave: boolean }) {
  return (
    <ContractsPage>
      <PageHeader
        title="Saved experts"
        description="Experts your company saved from a shortlist, a contract or a profile. Hire again anyone you have worked with, or invite them to a request while it is matching."
      />
      {experts.length === 0 ? (
        <EmptyState title="No saved experts yet" description="Use Save on a shortlist card, a contract or an expert's profile to keep them here." />
      ) : (
        <ul className="space-y-4">
          {experts.map((expert) => (
            <li key={expert.expertProfileId} aria-label={expert.name} className="space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <h2 className="text-lg font-semibold text-slate-900">
                    <Link href={`/experts/${encodeURIComponent(expert.expertProfileId)}`} className="hover:underline">
                      {expert.name}
                    </Link>
                  </h2>
                  {expert.headline && <p className="text-sm text-slate-700">{expert.headline}</p>}
                </div>
                <Badge tone={expert.isAvailable ? "success" : "neutral"}>{expert.isAvailable ? "Available" : "Not available"}</Badge>
              </div>
              <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
                <div>
                  <dt className="text-slate-600">Rate</dt>
                  <dd className="font-medium text-slate-900">
                    {expert.hourlyRateCents === null ? "Not set" : formatHourly(expert.hourlyRateCents, expert.currency)}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-600">Rating</dt>
                  <dd className="font-medium text-slate-900">
                    {expert.rating.average === null ? "No reviews yet" : `${expert.rating.average.toFixed(1)} from ${expert.rating.count}`}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-600">Availability</dt>
                  <dd className="font-medium text-slate-900">{expert.weeklyAvailableHours === null ? "Not set" : `${expert.weeklyAvailableHours} h a week`}</dd>
                </div>
              </dl>
              <div className="flex flex-wrap items-start gap-3">
                {expert.canHireAgain && (
                  <ButtonLink href={`/client/saved-experts/${encodeURIComponent(expert.expertProfileId)}/hire`} size="sm">
                    Hire {expert.name} again
                  </ButtonLink>
                )}
                {canSave && <SaveToggle expertProfileId={expert.expertProfileId} expertName={expert.name} isSaved />}
              </div>
              {!expert.hasWorkedWithCompany && (
                <p className="text-sm text-slate-600">You have not worked together yet: invite them to a request while it is matching.</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </ContractsPage>
  );
}
