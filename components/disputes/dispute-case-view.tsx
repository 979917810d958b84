import { DateTime } from "@/components/dashboards/date-time";
import { FileList } from "@/components/files/file-list";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { DisputeCase } from "@/lib/disputes/get-case";
import { formatDateTime, formatMoney, formatTimeLeft } from "@/lib/format";
import { AddEvidenceDialog, RespondDialog } from "./case-forms";

const SIDE_WORD = { CLIENT: "Client", EXPERT: "Expert" } as const;
const KIND_WORD = { OPENING: "Opened the dispute", RESPONSE: "Response", EVIDENCE: "Evidence", REMINDER: "Reminder", DEADLINE_PASSED: "Deadline" } as const;
const OUTCOME_WORD = { RELEASE: "Released to the expert", REFUND: "Refunded to the client", SPLIT: "Split between both sides" } as const;

type Entry = DisputeCase["entries"][number];

/** The response deadline: a countdown while it runs, what silence means, and what happened at it. */
function DeadlineNotice({ dispute, now }: { dispute: DisputeCase; now: Date }) {
  if (dispute.status !== "OPEN" || !dispute.responseDueAt || !dispute.respondingSide) return null;
  const side = dispute.respondingSide === "CLIENT" ? "the client" : "the expert";
  const due = new Date(dispute.responseDueAt);
  if (dispute.respondedAt) {
    return (
      <Alert tone="info" title="Waiting for an admin's decision">
        Both sides have given their statement. Either side can add evidence until an admin decides.
      </Alert>
    );
  }
  if (dispute.readyForDecisionAt) {
    return (
      <Alert tone="warning" title="No response by the deadline">
        The deadline passed without a response from {side}: an admin now decides on what was submitted. Evidence can still be added until then.
      </Alert>
    );
  }
  const isViewerResponding = dispute.viewerSide === dispute.respondingSide;
  return (
    <Alert tone="warning" title={`Response due ${formatDateTime(due)} UTC · ${formatTimeLeft(due, now)}`}>
      {isViewerResponding ? "Give your side and your evidence before the deadline." : `Waiting for ${side} to respond.`} Without a response by then, an admin
      decides on what was submitted.
    </Alert>
  );
}

function EntryCard({ entry }: { entry: Entry }) {
  return (
    <li className="space-y-2 rounded-lg bg-slate-50 p-3">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        {entry.side && <Badge tone={entry.side === "CLIENT" ? "info" : "neutral"}>{SIDE_WORD[entry.side]}</Badge>}
        <span className="font-medium text-slate-900">{KIND_WORD[entry.kind]}</span>
        <span>
          {entry.authorName}, <DateTime value={new Date(entry.createdAt)} />
        </span>
      </p>
      {entry.text && <p className="text-sm break-words whitespace-pre-line text-slate-800">{entry.text}</p>}
      {entry.links.length > 0 && (
        <ul className="space-y-1 text-sm">
          {entry.links.map((link) => (
            <li key={link} className="break-all">
              <a href={link} rel="noopener noreferrer nofollow" target="_blank" className="font-medium text-indigo-700 underline">
                {link}
              </a>
            </li>
          ))}
        </ul>
      )}
      {entry.files.length > 0 && <FileList files={entry.files} label="Evidence files" />}
    </li>
  );
}

/** The decision and the admin's reasoning, as both sides read it. */
export function DecisionSummary({ dispute }: { dispute: DisputeCase }) {
  const { decision, contract } = dispute;
  if (!decision) return null;
  return (
    <section aria-labelledby={`decision-${dispute.id}`} className="space-y-2 rounded-lg bg-emerald-50 p-4 ring-1 ring-emerald-200">
      <h3 id={`decision-${dispute.id}`} className="font-semibold text-slate-900">
        Decision: {decision.outcome ? OUTCOME_WORD[decision.outcome] : "closed"}
      </h3>
      <p className="text-sm text-slate-800">
        Released to the expert {formatMoney(decision.releaseCents, contract.currency)} · refunded to the client{" "}
        {formatMoney(decision.refundCents, contract.currency)}
        {decision.decidedAt && (
          <>
            {" "}
            · decided <DateTime value={new Date(decision.decidedAt)} />
          </>
        )}
      </p>
      <div>
        <p className="text-sm font-medium text-slate-900">The admin's reasoning</p>
        <p className="text-sm break-words whitespace-pre-line text-slate-800">{decision.reasoning}</p>
      </div>
    </section>
  );
}

export function CaseTimeline({ dispute }: { dispute: DisputeCase }) {
  return (
    <section aria-labelledby={`timeline-${dispute.id}`} className="space-y-2">
      <h3 id={`timeline-${dispute.id}`} className="font-semibold text-slate-900">
        Timeline
      </h3>
      <ol className="space-y-1 border-l-2 border-slate-200 pl-4 text-sm text-slate-700">
        {dispute.timeline.map((event) => (
          <li key={`${event.at}-${event.label}`}>
            <DateTime value={new Date(event.at)} /> — {event.label}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A dispute case as both sides and the admin read it: statements, evidence, the deadline and the decision. */
export function DisputeCaseView({ dispute, now, headingLevel = 2 }: { dispute: DisputeCase; now: Date; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const due = dispute.responseDueAt ? new Date(dispute.responseDueAt) : null;
  return (
    <section id="dispute" aria-labelledby={`case-${dispute.id}`} className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-amber-200">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <Heading id={`case-${dispute.id}`} className="text-lg font-semibold text-slate-900">
            Dispute{dispute.milestone ? `: ${dispute.milestone.title}` : ""}
          </Heading>
          <p className="text-sm text-slate-700">
            {dispute.categoryLabel ?? "Card chargeback"} · opened <DateTime value={new Date(dispute.createdAt)} />
            {dispute.openedByName && <> by {dispute.openedByName}</>}
          </p>
        </div>
        <Badge tone={dispute.status === "OPEN" ? "warning" : "neutral"}>{dispute.status === "OPEN" ? "Open" : "Decided"}</Badge>
      </div>
      <DeadlineNotice dispute={dispute} now={now} />
      <DecisionSummary dispute={dispute} />
      <ul className="space-y-3" aria-label="Statements and evidence">
        {dispute.entries.map((entry) => (
          <EntryCard key={entry.id} entry={entry} />
        ))}
      </ul>
      {(dispute.canRespond || dispute.canAddEvidence) && (
        <div className="flex flex-wrap gap-3">
          {dispute.canRespond && <RespondDialog disputeId={dispute.id} dueText={due ? `by ${formatDateTime(due)} UTC` : "now"} />}
          {dispute.canAddEvidence && <AddEvidenceDialog disputeId={dispute.id} />}
        </div>
      )}
      <CaseTimeline dispute={dispute} />
    </section>
  );
}
