import Link from "next/link";
import { PayoutReadinessNotice } from "@/components/payouts/payout-readiness-notice";
import { formatHourly } from "@/components/requests/format";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { HireCandidate } from "@/lib/contracts/get-hire-candidate";
import { ContractsPage } from "./contracts-page";
import { ProposalForm } from "./proposal-form";

/** The proposal form for one shortlisted expert, or why there is none (a proposal is open, someone was hired). */
export function HireView({ candidate, today, timeZones }: { candidate: HireCandidate; today: string; timeZones: readonly string[] }) {
  const { request, expert } = candidate;
  const rate = expert.hourlyRateCents === null ? null : formatHourly(expert.hourlyRateCents, expert.currency);
  const about = [expert.headline, rate].filter(Boolean).join(" · ");
  return (
    <ContractsPage>
      <div className="space-y-2">
        <Link
          href={`/client/requests/${request.id}`}
          className="inline-flex items-center gap-1 text-sm font-medium text-indigo-700 underline-offset-4 hover:underline"
        >
          <span aria-hidden="true">←</span> {request.title}
        </Link>
        <PageHeader
          title={`Hire ${expert.name}`}
          description={`${about ? `${about}. ` : ""}Propose a fixed price split into milestones, or an hourly rate with a weekly cap; ${expert.name} accepts or declines.`}
        />
      </div>
      {candidate.canPropose && <PayoutReadinessNotice expertName={expert.name} isReady={expert.isPayoutReady} />}
      {candidate.canPropose ? (
        <ProposalForm candidate={candidate} today={today} timeZones={timeZones} />
      ) : candidate.openContractId ? (
        <EmptyState
          title={`You already proposed a contract to ${expert.name}`}
          description="Withdraw it first if you want to propose different terms."
          action={<ButtonLink href={`/contracts/${candidate.openContractId}`}>View the contract</ButtonLink>}
        />
      ) : (
        <EmptyState
          title={`${expert.name} can no longer be hired for this request`}
          description="The request has hired someone or stopped looking. Raise a new request to work with them."
          action={<ButtonLink href={`/client/requests/${request.id}`}>Back to the request</ButtonLink>}
        />
      )}
    </ContractsPage>
  );
}
