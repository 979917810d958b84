import Link from "next/link";
import { SubmissionTimeline } from "@/components/contracts/submission-timeline";
import { DateTime } from "@/components/dashboards/date-time";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatMoney } from "@/lib/format";
import type { DisputeList } from "@/lib/milestones/list-disputes";
import { ResolveDisputeForm } from "./resolve-dispute-form";

type Dispute = DisputeList["open"][number];

export function DisputesView({ disputes }: { disputes: DisputeList }) {
  return (
    <div className="mx-auto w-full max-w-5xl space-y-8 px-4 py-8 sm:px-6">
      <PageHeader
        title="Disputes"
        description="Money in dispute stays held by Vetted. Open a case to read both sides, their evidence and the conversation, then release, refund, or split with your reasoning."
        actions={
          <span className="flex gap-4">
            <Link href="/admin/ledger" className="text-sm font-medium text-indigo-700 underline">
              Ledger
            </Link>
            <Link href="/admin/stripe-events" className="text-sm font-medium text-indigo-700 underline">
              Stripe event log
            </Link>
          </span>
        }
      />
      <section aria-labelledby="open-disputes" className="space-y-4">
        <h2 id="open-disputes" className="text-lg font-semibold text-slate-900">
          Open ({disputes.open.length})
        </h2>
        {disputes.open.length === 0 ? (
          <EmptyState
            title="No open disputes"
            description="When a client or an expert disputes a milestone, or a card payment is charged back, it appears here."
            headingLevel={3}
          />
        ) : (
          <ul className="space-y-4">
            {disputes.open.map((dispute) => (
              <DisputeCard key={dispute.id} dispute={dispute} />
            ))}
          </ul>
        )}
      </section>
      {disputes.resolved.length > 0 && (
        <section aria-labelledby="resolved-disputes" className="space-y-4">
          <h2 id="resolved-disputes" className="text-lg font-semibold text-slate-900">
            Recently resolved
          </h2>
          <ul className="space-y-3">
            {disputes.resolved.map((dispute) => (
              <DisputeCard key={dispute.id} dispute={dispute} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function DisputeCard({ dispute }: { dispute: Dispute }) {
  const { contract, milestone } = dispute;
  const headingId = `dispute-${dispute.id}`;
  return (
    <li aria-labelledby={headingId} className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={headingId} className="font-semibold text-slate-900">
            <Link href={`/contracts/${contract.id}`} className="underline">
              {contract.title}
            </Link>
            {milestone && <span className="font-normal text-slate-700"> · {milestone.title}</span>}
          </h3>
          <p className="text-sm text-slate-700">
            {contract.companyName} and {contract.expertName}
            {milestone && <> · {formatMoney(milestone.amountCents, contract.currency)} held</>}
          </p>
        </div>
        <span className="flex flex-wrap items-center gap-2">
          <Link href={`/admin/disputes/${dispute.id}`} className="text-sm font-medium text-indigo-700 underline">
            Open the case
          </Link>
          {dispute.stripeDisputeId && <Badge tone="danger">Chargeback</Badge>}
          <Badge tone={dispute.status === "OPEN" ? "warning" : "neutral"}>
            {dispute.status === "OPEN" ? "Open" : `Resolved: ${dispute.outcome?.toLowerCase()}`}
          </Badge>
        </span>
      </div>
      <blockquote className="rounded-lg bg-slate-50 p-3 text-sm whitespace-pre-line text-slate-800">
        {dispute.reason}
        <footer className="mt-1 text-xs text-slate-600">
          {dispute.openedBy ? `${dispute.openedBy.name} (${dispute.openedBy.role.toLowerCase()})` : "The card issuer"},{" "}
          <DateTime value={new Date(dispute.createdAt)} />
        </footer>
      </blockquote>
      {milestone && <SubmissionTimeline milestoneTitle={milestone.title} submissions={milestone.submissions} />}
      {contract.conversationId && (
        <p className="text-sm">
          <Link href={`/messages/${contract.conversationId}`} className="font-medium text-indigo-700 underline">
            Read their conversation
          </Link>
        </p>
      )}
      {dispute.status === "OPEN" ? (
        <ResolveDisputeForm
          disputeId={dispute.id}
          amountCents={milestone?.status === "DISPUTED" ? milestone.amountCents : null}
          currency={contract.currency}
          platformFeeBps={contract.platformFeeBps}
        />
      ) : (
        <p className="text-sm text-slate-700">
          {dispute.resolutionNote} — released {formatMoney(dispute.releaseCents ?? 0, contract.currency)}, refunded{" "}
          {formatMoney(dispute.refundCents ?? 0, contract.currency)}
        </p>
      )}
    </li>
  );
}
