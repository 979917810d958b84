import Link from "next/link";
import { useId } from "react";
import { StatusBadge } from "@/components/dashboards/status-badge";
import { ProfilePhoto } from "@/components/expert-profiles/profile-photo";
import { InterviewPanel } from "@/components/interviews/interview-panel";
import { PayoutReadinessBadge } from "@/components/payouts/payout-readiness-badge";
import { SaveToggle } from "@/components/saved-experts/save-toggle";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import { formatStatus } from "@/lib/format";
import type { InterviewView } from "@/lib/interviews/interview-view";
import { budgetCeilingCents, budgetFitOf } from "@/lib/matching/budget-fit";
import type { RequestDetail } from "@/lib/requests/get-request";
import { formatHourly, formatTimezone } from "./format";

type ShortlistEntry = RequestDetail["shortlist"][number];
type Budget = { budgetMaxCents: number; budgetTolerancePercent: number; currency: string };

/** Where the rate stands against the budget rule; only a hand-pick by Vetted can be outside it. */
function budgetFitSentence(rate: { hourlyRateCents: number; currency: string }, budget: Budget) {
  const maximum = formatHourly(budget.budgetMaxCents, budget.currency);
  switch (budgetFitOf(rate, budget)) {
    case "WITHIN":
      return `Within your ${maximum} budget`;
    case "WITHIN_TOLERANCE": {
      const over = Math.round(((rate.hourlyRateCents - budget.budgetMaxCents) / budget.budgetMaxCents) * 100);
      return `${over}% above your ${maximum} maximum, within the ${budget.budgetTolerancePercent}% you allow`;
    }
    case "ABOVE_TOLERANCE":
      return `Above the ${formatHourly(budgetCeilingCents(budget), budget.currency)} you allow: added by Vetted by hand`;
    case "OTHER_CURRENCY":
      return `Quotes in ${rate.currency.trim()}, your budget is in ${budget.currency}: rates are not converted, added by Vetted by hand`;
  }
}

/**
 * `canHire`: the request is still choosing, so a shortlisted expert without a proposal can be hired.
 * `save`: the Save toggle's state, for members who may save experts.
 * `interview`: the interview with this expert, for members who arrange interviews.
 */
export function ShortlistCard({
  entry,
  budget,
  requestId,
  canHire,
  save,
  interview = null,
}: {
  entry: ShortlistEntry;
  /** The request's budget, to say where the expert's rate stands against it. */
  budget: Budget | null;
  requestId: string;
  canHire: boolean;
  save: { isSaved: boolean } | null;
  interview?: { view: InterviewView | null; timeZones: readonly string[] } | null;
}) {
  const headingId = useId();
  const { expert } = entry;
  return (
    <li aria-labelledby={headingId} className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <ProfilePhoto name={expert.name} photo={expert.photoUrl ? { url: expert.photoUrl, thumbnailUrl: expert.photoUrl } : null} size={48} />
        <div className="min-w-0 flex-1">
          <h3 id={headingId} className="text-lg font-semibold text-slate-900">
            <Link href={`/experts/${encodeURIComponent(expert.profileId)}`} className="hover:underline">
              {expert.name}
            </Link>
          </h3>
          {expert.headline && <p className="text-sm text-slate-700">{expert.headline}</p>}
        </div>
        <span className="flex flex-wrap gap-1">
          {entry.isHandPicked && <Badge tone="info">Hand-picked by Vetted</Badge>}
          {entry.status !== "SHORTLISTED" && <StatusBadge status={entry.status} />}
        </span>
      </div>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">Rate</dt>
          <dd className="font-medium text-slate-900">{expert.hourlyRateCents === null ? "Not set" : formatHourly(expert.hourlyRateCents, expert.currency)}</dd>
          {budget && expert.hourlyRateCents !== null && (
            <dd className="text-slate-600">{budgetFitSentence({ hourlyRateCents: expert.hourlyRateCents, currency: expert.currency }, budget)}</dd>
          )}
        </div>
        <div>
          <dt className="text-slate-600">Timezone</dt>
          <dd className="font-medium text-slate-900">{expert.timezone ? formatTimezone(expert.timezone) : "Not set"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Payouts</dt>
          <dd>
            <PayoutReadinessBadge isReady={expert.isPayoutReady} />
          </dd>
        </div>
      </dl>
      {expert.skills.length > 0 && (
        <ul aria-label={`Skills of ${expert.name}`} className="flex flex-wrap gap-2">
          {expert.skills.map((skill) => (
            <li key={skill.name}>
              <Badge tone={skill.isRequested ? "info" : "neutral"}>
                {skill.name} · {formatStatus(skill.level)}, {skill.years} y{skill.isVerified ? " · verified" : ""}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      {entry.reasons.length > 0 && (
        <div className="rounded-lg bg-slate-50 p-4">
          <h4 className="text-sm font-semibold text-slate-900">Why we matched them</h4>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {entry.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {interview && (entry.status === "SHORTLISTED" || interview.view) && (
        <InterviewPanel
          matchId={entry.matchId}
          otherName={expert.name}
          side="CLIENT"
          interview={interview.view}
          timeZone={interview.view?.timeZone ?? ""}
          timeZones={interview.timeZones}
        />
      )}
      <div className="flex flex-wrap gap-3">
        {entry.contractId ? (
          <ButtonLink href={`/contracts/${encodeURIComponent(entry.contractId)}`} size="sm">
            {entry.status === "HIRED" ? `View the contract with ${expert.name}` : `View the proposal to ${expert.name}`}
          </ButtonLink>
        ) : (
          canHire &&
          entry.status === "SHORTLISTED" && (
            <ButtonLink href={`/client/requests/${encodeURIComponent(requestId)}/hire/${encodeURIComponent(entry.matchId)}`} size="sm">
              Hire {expert.name}
            </ButtonLink>
          )
        )}
        <ButtonLink href={`/experts/${encodeURIComponent(expert.profileId)}`} variant="secondary" size="sm">
          View {expert.name}&apos;s profile
        </ButtonLink>
        {save && <SaveToggle expertProfileId={expert.profileId} expertName={expert.name} isSaved={save.isSaved} />}
        {entry.conversationId && (
          <ButtonLink href={`/messages/${encodeURIComponent(entry.conversationId)}`} variant="secondary" size="sm">
            Message {expert.name}
          </ButtonLink>
        )}
      </div>
    </li>
  );
}
