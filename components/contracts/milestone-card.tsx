import { type ReactNode, useId } from "react";
import { DateTime } from "@/components/dashboards/date-time";
import { StatusBadge } from "@/components/dashboards/status-badge";
import { Alert } from "@/components/ui/alert";
import type { ContractDetail, MilestoneDetail } from "@/lib/contracts/get-contract";
import { formatMoney } from "@/lib/format";
import { MilestoneActions } from "./milestone-actions";
import { SubmissionTimeline } from "./submission-timeline";
import { SUBMITTED_WORDS } from "./submitted-words";

const OUTCOME_WORDS = { RELEASE: "released to the expert", REFUND: "refunded to the client", SPLIT: "split between both sides" } as const;

type MilestoneCardProps = {
  milestone: MilestoneDetail;
  contract: Pick<ContractDetail, "currency" | "viewerRole" | "parties" | "platformFeeBps">;
  isConfirmingPayment: boolean;
  disputeResponseDays?: number;
};

export function MilestoneCard({ milestone, contract, isConfirmingPayment, disputeResponseDays }: MilestoneCardProps) {
  const headingId = useId();
  const money = (cents: number) => formatMoney(cents, contract.currency);
  const { dispute } = milestone;
  return (
    <li aria-labelledby={headingId} className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 id={headingId} className="text-lg font-semibold text-slate-900">
          {milestone.position}. {milestone.title}
        </h3>
        <StatusBadge status={milestone.status} />
      </div>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <Fact term="Amount" value={money(milestone.amountCents)} />
        <Fact term="Platform fee" value={money(milestone.feeCents)} />
        <Fact term="Expert receives" value={money(milestone.expertReceivesCents)} />
        <Fact term="Due" value={milestone.dueDate ? <DateTime value={milestone.dueDate} isDateOnly /> : "No date"} />
      </dl>
      {milestone.releasedCents > 0 && milestone.releasedCents < milestone.amountCents && milestone.status !== "REFUNDED" && (
        <p className="text-sm text-slate-700">
          {money(milestone.releasedCents)} released so far (the fee taken on each part); {money(milestone.amountCents - milestone.releasedCents)} still held by
          Vetted.
        </p>
      )}
      {milestone.description && <p className="text-sm whitespace-pre-line text-slate-700">{milestone.description}</p>}
      {milestone.fundingFailureReason && milestone.status === "PENDING" && (
        <Alert tone="danger" title="The last payment did not go through">
          {milestone.fundingFailureReason}
        </Alert>
      )}
      {milestone.status === "SUBMITTED" && milestone.autoReleaseAt && (
        <p className="text-sm text-slate-700">
          {contract.viewerRole === "EXPERT" ? `${SUBMITTED_WORDS} If the client does not answer, it is released to you on ` : "Released automatically on "}
          <DateTime value={milestone.autoReleaseAt} isDateOnly />
          {contract.viewerRole === "CLIENT" && " unless you approve it sooner or request changes"}.
        </p>
      )}
      {milestone.documents.length > 0 && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={`Receipts for ${milestone.title}`}>
          {milestone.documents.map((document) => (
            <li key={document.id}>
              {document.downloadUrl ? (
                <a href={document.downloadUrl} download className="font-medium text-indigo-700 underline-offset-2 hover:underline">
                  {document.title} {document.number} (PDF)
                </a>
              ) : (
                <span className="text-slate-600">
                  {document.title} {document.number}: being prepared…
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <SubmissionTimeline milestoneTitle={milestone.title} submissions={milestone.submissions} />
      {dispute && (
        <Note title={dispute.status === "OPEN" ? "Dispute open" : `Dispute resolved${dispute.outcome ? `: ${OUTCOME_WORDS[dispute.outcome]}` : ""}`}>
          <p>
            {dispute.openedByName ? `${dispute.openedByName} wrote` : "Reason"} on <DateTime value={dispute.createdAt} />: {dispute.reason}
          </p>
          {dispute.resolutionNote && <p className="mt-2">Decision: {dispute.resolutionNote}</p>}
        </Note>
      )}
      <MilestoneActions
        milestone={milestone}
        currency={contract.currency}
        feePercent={`${contract.platformFeeBps / 100}%`}
        feeBps={contract.platformFeeBps}
        expertName={contract.parties.expert.name}
        isConfirmingPayment={isConfirmingPayment}
        disputeResponseDays={disputeResponseDays}
      />
    </li>
  );
}

function Fact({ term, value }: { term: string; value: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-medium text-slate-900 tabular-nums">{value}</dd>
    </div>
  );
}

function Note({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-lg bg-slate-50 p-4 text-sm text-slate-700">
      <h4 className="font-semibold text-slate-900">{title}</h4>
      <div className="mt-1 whitespace-pre-line">{children}</div>
    </div>
  );
}
