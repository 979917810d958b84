import { DateTime } from "@/components/dashboards/date-time";
import { Badge } from "@/components/ui/badge";
import { describeChange, type TermsRecord } from "@/lib/amendments/describe-amendment";
import type { AmendmentList } from "@/lib/amendments/list-amendments";
import { AmendmentAnswers } from "./amendment-answers";

const STATUS_WORDS = {
  PROPOSED: "Waiting for an answer",
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
  WITHDRAWN: "Withdrawn",
  SUPERSEDED: "Overtaken by a payment",
} as const;
const STATUS_TONE = { PROPOSED: "warning", ACCEPTED: "success", DECLINED: "neutral", WITHDRAWN: "neutral", SUPERSEDED: "neutral" } as const;

type AmendmentHistoryProps = {
  contractId: string;
  history: AmendmentList;
  /** The viewer's side when they may answer proposals (a contract manager or the expert); null otherwise. */
  answeringSide: "CLIENT" | "EXPERT" | null;
};

/** The contract's terms history: every proposed change, newest first, with answers for the side that may give them. */
export function AmendmentHistory({ contractId, history, answeringSide }: AmendmentHistoryProps) {
  if (!history.amendments.length) return <p className="text-sm text-slate-700">No changes proposed. The terms are as agreed when the contract started.</p>;
  return (
    <ol className="space-y-3">
      {history.amendments.map((amendment) => (
        <li key={amendment.id} className="space-y-2 rounded-xl bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="font-medium text-slate-900">
              {amendment.proposedBy?.name ?? (amendment.proposedBySide === "CLIENT" ? "The client" : "The expert")} proposed to{" "}
              {describeChange(amendment.kind, amendment.before as TermsRecord, amendment.after as TermsRecord, history.currency)}
            </p>
            <Badge tone={STATUS_TONE[amendment.status]}>{STATUS_WORDS[amendment.status]}</Badge>
          </div>
          {amendment.note && <p className="whitespace-pre-line text-slate-700">“{amendment.note}”</p>}
          <p className="text-slate-600">
            Proposed <DateTime value={amendment.proposedAt} />
            {amendment.respondedAt && (
              <>
                {" · "}
                {STATUS_WORDS[amendment.status]}
                {amendment.respondedBy && ` by ${amendment.respondedBy.name}`} <DateTime value={amendment.respondedAt} />
              </>
            )}
            {amendment.effectiveFrom && (
              <>
                {" · "}applies from the week starting <DateTime value={amendment.effectiveFrom} />
              </>
            )}
          </p>
          {amendment.status === "PROPOSED" && answeringSide && (
            <AmendmentAnswers contractId={contractId} amendmentId={amendment.id} isProposer={amendment.proposedBySide === answeringSide} />
          )}
        </li>
      ))}
    </ol>
  );
}
