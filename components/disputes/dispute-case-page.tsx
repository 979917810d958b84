import Link from "next/link";
import { SubmissionTimeline } from "@/components/contracts/submission-timeline";
import { DateTime } from "@/components/dashboards/date-time";
import { FileList } from "@/components/files/file-list";
import { PageHeader } from "@/components/ui/page-header";
import type { ChatMessage } from "@/lib/chat/schemas";
import type { DisputeCase } from "@/lib/disputes/get-case";
import { formatMoney } from "@/lib/format";
import type { MilestoneSubmissionView } from "@/lib/milestones/milestone-timeline";
import { DisputeCaseView } from "./dispute-case-view";
import { ResolveDisputeForm } from "./resolve-dispute-form";

type DisputeCasePageProps = { dispute: DisputeCase; deliverables: MilestoneSubmissionView[]; messages: ChatMessage[] | null; now: Date };

/** The admin's case page: both sides, the evidence, the deliverables and the conversation, then the decision. */
export function DisputeCasePage({ dispute, deliverables, messages, now }: DisputeCasePageProps) {
  const { contract, milestone } = dispute;
  const heldCents = milestone && milestone.status === "DISPUTED" ? milestone.amountCents - milestone.releasedCents : null;
  return (
    <div className="mx-auto w-full max-w-5xl space-y-6 px-4 py-8 sm:px-6">
      <div className="space-y-2">
        <Link href="/admin/disputes" className="inline-flex items-center gap-1 text-sm font-medium text-indigo-700 underline-offset-4 hover:underline">
          <span aria-hidden="true">←</span> All disputes
        </Link>
        <PageHeader
          title={`Dispute: ${contract.title}`}
          description={
            <>
              {contract.companyName} and {contract.expertName}
              {heldCents !== null && <> · {formatMoney(heldCents, contract.currency)} held</>} ·{" "}
              <Link href={`/contracts/${contract.id}`} className="font-medium text-indigo-700 underline">
                Contract
              </Link>
            </>
          }
        />
      </div>
      <DisputeCaseView dispute={dispute} now={now} />
      {milestone && deliverables.length > 0 && (
        <section aria-labelledby="deliverables-heading" className="space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <h2 id="deliverables-heading" className="text-lg font-semibold text-slate-900">
            Deliverables
          </h2>
          <SubmissionTimeline milestoneTitle={milestone.title} submissions={deliverables} />
        </section>
      )}
      <section aria-labelledby="messages-heading" className="space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 id="messages-heading" className="text-lg font-semibold text-slate-900">
          Messages
        </h2>
        {messages === null ? (
          <p className="text-sm text-slate-700">The conversation is readable to admins only while its contract is disputed.</p>
        ) : messages.length === 0 ? (
          <p className="text-sm text-slate-700">No messages.</p>
        ) : (
          <ol className="max-h-[32rem] space-y-3 overflow-y-auto">
            {messages.map((message) => (
              <li key={message.id} className="rounded-lg bg-slate-50 p-3 text-sm">
                <p className="text-slate-700">
                  <span className="font-medium text-slate-900">{message.sender.name}</span>, <DateTime value={new Date(message.createdAt)} />
                </p>
                {message.body && <p className="break-words whitespace-pre-line text-slate-800">{message.body}</p>}
                {message.files.length > 0 && <FileList files={message.files} />}
              </li>
            ))}
          </ol>
        )}
      </section>
      {dispute.status === "OPEN" && (
        <section aria-labelledby="decide-heading" className="space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <h2 id="decide-heading" className="text-lg font-semibold text-slate-900">
            Decide
          </h2>
          {!dispute.readyForDecisionAt && !dispute.isChargeback && (
            <p className="text-sm text-slate-700">
              The other side has not responded yet and its deadline has not passed; you can still decide now if the case is clear.
            </p>
          )}
          <ResolveDisputeForm disputeId={dispute.id} amountCents={heldCents} currency={contract.currency} platformFeeBps={contract.platformFeeBps} />
        </section>
      )}
    </div>
  );
}
