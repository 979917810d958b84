import { useId } from "react";
import { DateTime } from "@/components/dashboards/date-time";
import { FileList } from "@/components/files/file-list";
import type { MilestoneSubmissionView } from "@/lib/milestones/milestone-timeline";

type SubmissionTimelineProps = { milestoneTitle: string; submissions: MilestoneSubmissionView[] };

/** Every hand-in of a milestone, oldest first, each with the client's change request on it; the same for both sides and for admins. */
export function SubmissionTimeline({ milestoneTitle, submissions }: SubmissionTimelineProps) {
  const headingId = useId();
  if (!submissions.length) return null;
  return (
    <section aria-labelledby={headingId} className="rounded-lg bg-slate-50 p-4 text-sm text-slate-700">
      <h4 id={headingId} className="font-semibold text-slate-900">
        Submitted work
      </h4>
      <ol className="mt-2 space-y-4">
        {submissions.map((submission) => (
          <Round key={submission.round} milestoneTitle={milestoneTitle} submission={submission} />
        ))}
      </ol>
    </section>
  );
}

function Round({ milestoneTitle, submission }: { milestoneTitle: string; submission: MilestoneSubmissionView }) {
  const { round, note, links, files, submittedAt, submittedBy, changesRequestedNote, changesRequestedAt, changesRequestedBy } = submission;
  return (
    <li aria-label={`Round ${round}`} className="space-y-2 border-l-2 border-slate-300 pl-3">
      <p className="text-slate-600">
        Round {round}: {submittedBy.name} submitted on <DateTime value={submittedAt} />
      </p>
      <p className="whitespace-pre-line">{note}</p>
      {links.length > 0 && (
        <ul aria-label={`Links for ${milestoneTitle}, round ${round}`} className="list-disc space-y-1 pl-5">
          {links.map((link) => (
            <li key={link}>
              <a href={link} rel="noopener noreferrer nofollow" className="break-all text-indigo-700 underline underline-offset-2">
                {link}
              </a>
            </li>
          ))}
        </ul>
      )}
      {files.length > 0 && <FileList files={files} label={`Files for ${milestoneTitle}, round ${round}`} />}
      {changesRequestedAt && (
        <div className="rounded-md bg-amber-50 p-3 text-slate-800">
          <p className="font-medium">
            Changes requested{changesRequestedBy ? ` by ${changesRequestedBy.name}` : ""} on <DateTime value={changesRequestedAt} />
          </p>
          <p className="mt-1 whitespace-pre-line">{changesRequestedNote}</p>
        </div>
      )}
    </li>
  );
}
