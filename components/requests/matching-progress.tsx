import { Alert } from "@/components/ui/alert";
import type { RequestDetail } from "@/lib/requests/get-request";
import { AutoRefresh } from "./auto-refresh";
import { formatDuration } from "./format";

type Progress = RequestDetail["progress"];

function progressLine(progress: Progress): string {
  const accepted = `${progress.acceptedCount} of ${progress.shortlistSize} experts accepted`;
  if (progress.millisecondsLeft === null) return `Matching — ${accepted}`;
  const due = progress.millisecondsLeft > 0 ? `shortlist due in ${formatDuration(progress.millisecondsLeft)}` : "shortlist due now";
  return `Matching — ${accepted} — ${due}`;
}

function invitationLine(progress: Progress): string {
  if (progress.invitedCount === 0) return "We are finding the experts who fit best; invitations go out within minutes.";
  const parts = [`${progress.invitedCount} expert${progress.invitedCount === 1 ? "" : "s"} invited so far`];
  if (progress.pendingInvitationCount > 0) parts.push(`${progress.pendingInvitationCount} still deciding`);
  if (progress.unavailableCount > 0) parts.push(`${progress.unavailableCount} not available, replaced with the next best`);
  return `${parts.join(", ")}.`;
}

/** The live line on a request being matched. The page refreshes itself, so the counts and the countdown move. */
export function MatchingProgress({ progress }: { progress: Progress }) {
  const percent = Math.min(100, Math.round((progress.acceptedCount / progress.shortlistSize) * 100));
  return (
    <section aria-labelledby="matching-progress-heading" className="space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <AutoRefresh />
      <h2 id="matching-progress-heading" className="text-lg font-semibold text-slate-900">
        {progressLine(progress)}
      </h2>
      <div
        role="progressbar"
        aria-label="Experts accepted"
        aria-valuemin={0}
        aria-valuemax={progress.shortlistSize}
        aria-valuenow={Math.min(progress.acceptedCount, progress.shortlistSize)}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-indigo-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-slate-700">{invitationLine(progress)}</p>
      <p className="text-sm text-slate-600">
        Your shortlist arrives when {progress.shortlistSize} experts have accepted, or at the deadline with whoever has. This page updates by itself.
      </p>
    </section>
  );
}

export function SlaBreachedNotice() {
  return (
    <Alert tone="warning" title="Your shortlist is late">
      We missed our 8-hour promise on this request. Our team has been alerted and is hand-picking experts for you now; they appear here as soon as they are
      added.
    </Alert>
  );
}
