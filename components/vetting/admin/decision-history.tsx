import { DateTime } from "@/components/dashboards/date-time";
import { StatusBadge } from "@/components/dashboards/status-badge";
import type { Applicant } from "@/lib/vetting/admin/get-applicant";

type Decision = Applicant["decisions"][number];

/** The submission and every decision in time order, with scores, internal notes and the reason the applicant was given. */
export function DecisionHistory({ applicant }: { applicant: Applicant }) {
  const { submittedAt, decisions } = applicant;
  // A re-applicant's latest submission comes after their earlier decisions.
  const beforeSubmission = submittedAt ? decisions.filter((decision) => decision.createdAt < submittedAt) : decisions;
  const afterSubmission = submittedAt ? decisions.filter((decision) => decision.createdAt >= submittedAt) : [];
  return (
    <ol className="space-y-3" aria-label="Vetting history, oldest first">
      {beforeSubmission.map((decision) => (
        <DecisionItem key={decision.id} decision={decision} />
      ))}
      {submittedAt && (
        <li className="rounded-xl bg-white px-4 py-3 text-sm shadow-sm ring-1 ring-slate-200">
          <p className="flex flex-wrap items-center gap-2 text-slate-700">
            <StatusBadge status="APPLIED" />
            <span>
              Application submitted <DateTime value={submittedAt} />
            </span>
          </p>
        </li>
      )}
      {afterSubmission.map((decision) => (
        <DecisionItem key={decision.id} decision={decision} />
      ))}
    </ol>
  );
}

// Re-applying is the applicant's own step; an admin's name is gone only when their account is.
const byWhom = (decision: Decision) =>
  decision.adminName ? `by ${decision.adminName}` : decision.fromStatus === "REJECTED" ? "by the applicant" : "by a removed admin";

function DecisionItem({ decision }: { decision: Decision }) {
  return (
    <li className="space-y-2 rounded-xl bg-white px-4 py-3 text-sm shadow-sm ring-1 ring-slate-200">
      <p className="flex flex-wrap items-center gap-2 text-slate-700">
        <StatusBadge status={decision.fromStatus} />
        <span aria-hidden="true">→</span>
        <span className="sr-only">to</span>
        <StatusBadge status={decision.toStatus} />
        <span className="text-slate-600">
          <DateTime value={decision.createdAt} /> {byWhom(decision)}
        </span>
      </p>
      {decision.scores.length > 0 && (
        <dl className="flex flex-wrap gap-x-4 gap-y-1">
          {decision.scores.map((score) => (
            <div key={score.key} className="flex gap-1">
              <dt className="text-slate-600">{score.label}</dt>
              <dd className="font-medium text-slate-900">{score.score}/5</dd>
            </div>
          ))}
        </dl>
      )}
      {decision.notes && (
        <p className="whitespace-pre-line text-slate-700">
          <span className="font-medium text-slate-900">Internal notes: </span>
          {decision.notes}
        </p>
      )}
      {decision.reason && (
        <p className="whitespace-pre-line text-slate-700">
          <span className="font-medium text-slate-900">Reason given to the applicant: </span>
          {decision.reason}
        </p>
      )}
    </li>
  );
}
