import Link from "next/link";
import { DateTime } from "@/components/dashboards/date-time";
import { StatusBadge } from "@/components/dashboards/status-badge";
import { DisputeCaseView } from "@/components/disputes/dispute-case-view";
import { SaveToggle } from "@/components/saved-experts/save-toggle";
import { HoursSection } from "@/components/timesheets/hours-section";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import type { AmendmentList } from "@/lib/amendments/list-amendments";
import type { ContractDetail } from "@/lib/contracts/get-contract";
import type { DisputeCase } from "@/lib/disputes/get-case";
import { formatDayMonth, formatMoney } from "@/lib/format";
import type { Timesheet } from "@/lib/timesheets/get-timesheet";
import { formatHours } from "@/lib/timesheets/hours";
import { AmendmentHistory } from "./amendment-history";
import { BonusSection } from "./bonus-section";
import { ContractEnding } from "./contract-ending";
import { ContractMoney } from "./contract-money";
import { ContractParties } from "./contract-parties";
import { ContractReviews } from "./contract-reviews";
import { ContractsPage } from "./contracts-page";
import { FundingNotice } from "./funding-notice";
import { MilestoneCard } from "./milestone-card";
import { ProposalActions } from "./proposal-actions";
import { ProposalTerms, type StandingTerms } from "./proposal-terms";
import { ProposeChangeDialog } from "./propose-change-dialog";

/** Back from Stripe's payment page: which milestone, and whether it was paid or abandoned. */
export type PaymentReturn = { outcome: "funded" | "cancelled"; milestoneId: string } | null;

function StatusLine({ contract }: { contract: ContractDetail }) {
  const [label, date] = contract.cancelledAt
    ? ["Cancelled", contract.cancelledAt]
    : contract.completedAt
      ? ["Completed", contract.completedAt]
      : contract.acceptedAt
        ? ["Accepted", contract.acceptedAt]
        : ["Proposed", contract.proposedAt];
  return (
    <span className="flex flex-wrap items-center gap-2">
      <StatusBadge status={contract.status} />
      {contract.ending.isInTrial && contract.ending.trialEndsAt && <Badge tone="info">Trial until {formatDayMonth(contract.ending.trialEndsAt)}</Badge>}
      {contract.ending.endedAt && contract.status !== "COMPLETED" && contract.status !== "CANCELLED" && <Badge tone="warning">Ended</Badge>}
      <span>
        {formatMoney(contract.totalCents, contract.currency)} · {label} <DateTime value={date} />
      </span>
    </span>
  );
}

/** `rehire`: the Save toggle's state (null for who may not save) and whether "Hire again" is offered. */
export type RehireActions = { save: { isSaved: boolean } | null; canHireAgain: boolean };

type ContractDetailViewProps = {
  contract: ContractDetail;
  paymentReturn: PaymentReturn;
  /** The terms history; absent while the contract is a proposal. */
  amendments: AmendmentList | null;
  maxBonusCents: number;
  rehire: RehireActions;
  timesheet?: Timesheet | null;
  /** The contract's dispute case the viewer may see (open, else the latest decided), and the response window for opening one. */
  dispute?: { case: DisputeCase | null; now: Date; responseDays: number };
  /** The trial, review window and auto-release that every proposal comes with. */
  standingTerms: StandingTerms;
};

function hourlyTerms({ hourly, currency }: ContractDetail) {
  return hourly ? `${formatMoney(hourly.hourlyRateCents, currency)} an hour, up to ${formatHours(hourly.weeklyCapMinutes)} hours a week` : "";
}

export function ContractDetailView({
  contract,
  paymentReturn,
  amendments,
  maxBonusCents,
  rehire,
  timesheet = null,
  dispute,
  standingTerms,
}: ContractDetailViewProps) {
  const { viewerRole, parties, actions } = contract;
  const returnedMilestone = paymentReturn && contract.milestones.find((milestone) => milestone.id === paymentReturn.milestoneId);
  const isConfirming = (milestoneId: string) => paymentReturn?.outcome === "funded" && paymentReturn.milestoneId === milestoneId;
  const isOpen = contract.status === "PROPOSED" || contract.status === "ACTIVE";
  const counterpart = viewerRole === "EXPERT" ? parties.clientName : parties.expert.name;
  const feePercent = `${contract.platformFeeBps / 100}%`;
  // Weeks of an hourly contract and bonuses have sections of their own.
  const fixedMilestones = contract.milestones.filter((milestone) => milestone.kind === "FIXED");
  const answeringSide = actions.proposeChange && (viewerRole === "CLIENT" || viewerRole === "EXPERT") ? viewerRole : null;
  const isHourly = contract.billing === "HOURLY";
  return (
    <ContractsPage>
      <div className="space-y-2">
        <Link href="/contracts" className="inline-flex items-center gap-1 text-sm font-medium text-indigo-700 underline-offset-4 hover:underline">
          <span aria-hidden="true">←</span> All contracts
        </Link>
        <PageHeader
          title={contract.title}
          description={<StatusLine contract={contract} />}
          actions={
            contract.conversationId && (
              <ButtonLink href={`/messages/${encodeURIComponent(contract.conversationId)}`} variant="secondary">
                Message {counterpart}
              </ButtonLink>
            )
          }
        />
      </div>
      {paymentReturn && returnedMilestone && <FundingNotice outcome={paymentReturn.outcome} milestone={returnedMilestone} />}
      <ContractEnding contract={contract} />
      {contract.status === "DISPUTED" && (
        <Alert tone="warning" title="A dispute is open">
          Nothing is released or refunded until a Vetted admin decides; the money stays held by Vetted meanwhile.
          {dispute?.case && viewerRole !== "ADMIN" && (
            <>
              {" "}
              <a href="#dispute" className="font-medium underline underline-offset-2">
                See the case
              </a>
            </>
          )}
          {viewerRole === "ADMIN" && (
            <>
              {" "}
              <Link href={dispute?.case ? `/admin/disputes/${dispute.case.id}` : "/admin/disputes"} className="font-medium underline underline-offset-2">
                Open the case to decide it
              </Link>
            </>
          )}
        </Alert>
      )}
      {dispute?.case && <DisputeCaseView dispute={dispute.case} now={dispute.now} />}
      {viewerRole === "CLIENT" && isOpen && !contract.ending.endedAt && isHourly && (
        <Alert tone="info" title="Billed weekly, held by Vetted until the review window ends">
          {hourlyTerms(contract)}. Each week closes at the end of Sunday; you approve or dispute its hours, and approved hours are charged to your saved card
          and paid to {parties.expert.name}, minus the {feePercent} platform fee, when the review window ends. Without an answer the hours are approved.
        </Alert>
      )}
      {viewerRole === "CLIENT" && isOpen && !contract.ending.endedAt && !isHourly && (
        <Alert tone="info" title="Held by Vetted until you approve">
          You fund each milestone when work on it starts. The money is held by Vetted, not paid out, until you approve the work; then {parties.expert.name}{" "}
          receives it minus the {feePercent} platform fee. If you do not answer a submission within 14 days, it is released automatically.{" "}
          <Link href="/terms" className="font-medium underline underline-offset-2">
            How we hold payments
          </Link>
        </Alert>
      )}
      {viewerRole === "CLIENT" && (contract.status === "ACTIVE" || contract.status === "PROPOSED") && !parties.expert.payoutsEnabled && (
        <Alert tone="warning" title={`Funding opens when ${parties.expert.name} finishes payout setup`}>
          Milestones can be funded once their Stripe payout account is ready, so the money can reach them. We have reminded them, and we will tell you when
          funding opens.
        </Alert>
      )}
      {viewerRole === "EXPERT" && isOpen && !parties.expert.payoutsEnabled && (
        <Alert tone="warning" title="Set up payouts to get paid">
          The client can fund milestones only once your payouts are enabled with Stripe.{" "}
          <Link href="/expert/payouts" className="font-medium underline underline-offset-2">
            Set up payouts
          </Link>
        </Alert>
      )}
      {(actions.accept || actions.withdraw) && (
        <section aria-labelledby="proposal-heading" className="space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <h2 id="proposal-heading" className="text-lg font-semibold text-slate-900">
            {viewerRole === "EXPERT" ? "Your answer" : "Waiting for the expert"}
          </h2>
          <ProposalTerms contract={contract} terms={standingTerms} />
          <p className="text-sm text-slate-700">
            {viewerRole === "EXPERT" && isHourly
              ? `Accepting hires you at ${hourlyTerms(contract)} (weeks run Monday to Sunday, ${contract.hourly?.weekTimeZone.replaceAll("_", " ")} time). You log your hours each week; once the client approves them they are charged and paid to you, minus the ${feePercent} platform fee.`
              : viewerRole === "EXPERT"
                ? `Accepting hires you for this contract. You get paid per milestone, minus the ${feePercent} platform fee, once the client approves your work.`
                : `${parties.expert.name} has been asked to accept these terms. You can withdraw the proposal until they answer.`}
          </p>
          <ProposalActions contractId={contract.id} actions={actions} />
        </section>
      )}
      <section aria-labelledby="parties-heading" className="space-y-3">
        <h2 id="parties-heading" className="text-lg font-semibold text-slate-900">
          Parties
        </h2>
        <ContractParties contract={contract} />
        {(rehire.save || rehire.canHireAgain) && (
          <div className="flex flex-wrap items-start gap-3">
            {rehire.save && <SaveToggle expertProfileId={parties.expert.profileId} expertName={parties.expert.name} isSaved={rehire.save.isSaved} />}
            {rehire.canHireAgain && (
              <ButtonLink href={`/client/saved-experts/${encodeURIComponent(parties.expert.profileId)}/hire`} variant="secondary" size="sm">
                Hire {parties.expert.name} again
              </ButtonLink>
            )}
          </div>
        )}
      </section>
      {contract.status !== "PROPOSED" && <ContractMoney money={contract.money} totalCents={contract.totalCents} />}
      {timesheet && <HoursSection timesheet={timesheet} viewerRole={viewerRole} expertName={parties.expert.name} />}
      {(!isHourly || fixedMilestones.length > 0) && (
        <section aria-labelledby="milestones-heading" className="space-y-3">
          <h2 id="milestones-heading" className="text-lg font-semibold text-slate-900">
            Milestones
          </h2>
          <ul className="space-y-4">
            {fixedMilestones.map((milestone) => (
              <MilestoneCard
                key={milestone.id}
                milestone={milestone}
                contract={contract}
                isConfirmingPayment={isConfirming(milestone.id)}
                disputeResponseDays={dispute?.responseDays}
              />
            ))}
          </ul>
        </section>
      )}
      {contract.status !== "PROPOSED" && <BonusSection contract={contract} maxBonusCents={maxBonusCents} />}
      {amendments && (
        <section aria-labelledby="changes-heading" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="changes-heading" className="text-lg font-semibold text-slate-900">
              Changes to the terms
            </h2>
            {actions.proposeChange && (
              <ProposeChangeDialog
                contractId={contract.id}
                currency={contract.currency}
                isHourly={amendments.billing === "HOURLY"}
                changeableMilestones={fixedMilestones.filter((milestone) => milestone.status === "PENDING").map(({ id, title }) => ({ id, title }))}
              />
            )}
          </div>
          <AmendmentHistory contractId={contract.id} history={amendments} answeringSide={answeringSide} />
        </section>
      )}
      <ContractReviews contract={contract} />
    </ContractsPage>
  );
}
