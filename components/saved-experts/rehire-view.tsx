import { ContractsPage } from "@/components/contracts/contracts-page";
import { ProposalForm } from "@/components/contracts/proposal-form";
import { PayoutReadinessNotice } from "@/components/payouts/payout-readiness-notice";
import { formatHourly } from "@/components/requests/format";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { RehireCandidate } from "@/lib/contracts/get-rehire-candidate";

/** "Hire again": the proposal form, sent straight to an expert the company has worked with. */
export function RehireView({ candidate, today }: { candidate: RehireCandidate; today: string }) {
  const { expert } = candidate;
  const rate = expert.hourlyRateCents === null ? null : formatHourly(expert.hourlyRateCents, expert.currency);
  const about = [expert.headline, rate].filter(Boolean).join(" · ");
  return (
    <ContractsPage>
      <PageHeader
        title={`Hire ${expert.name} again`}
        description={`${about ? `${about}. ` : ""}No new request needed: propose a fixed price split into milestones; ${expert.name} accepts or declines. Nothing is charged until you fund a milestone.`}
      />
      {candidate.openContractId ? (
        <EmptyState
          title={`You already proposed a contract to ${expert.name}`}
          description="Withdraw it first if you want to propose different terms."
          action={<ButtonLink href={`/contracts/${candidate.openContractId}`}>View the proposal</ButtonLink>}
        />
      ) : !candidate.takesWork ? (
        <EmptyState title={`${expert.name} is not taking new contracts`} description="Their account is not active on Vetted at the moment." />
      ) : (
        <>
          <PayoutReadinessNotice expertName={expert.name} isReady={expert.isPayoutReady} />
          <ProposalForm candidate={candidate} today={today} />
        </>
      )}
    </ContractsPage>
  );
}
