import { DateTime } from "@/components/dashboards/date-time";
import { Badge } from "@/components/ui/badge";
import type { Applicant, ApplicantInterview } from "@/lib/vetting/admin/get-applicant";
import { ExternalLink } from "./external-link";
import { InterviewResultsForm } from "./interview-results-form";
import { ScheduleInterviewForm } from "./schedule-interview-form";

/** Interviews held and booked; at the interview stage, until results are in, the forms to book one and to record its results. */
export function InterviewsSection({ applicant }: { applicant: Applicant }) {
  const { openInterview } = applicant;
  const isAtInterview = applicant.reviewStage === "INTERVIEW" && !applicant.hasInterviewResults;
  return (
    <div className="space-y-4">
      {applicant.interviews.length === 0 ? (
        <p className="text-sm text-slate-600">No interview booked yet.</p>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {applicant.interviews.map((interview) => (
            <InterviewItem key={interview.id} interview={interview} />
          ))}
        </ol>
      )}
      {applicant.reviewStage === "INTERVIEW" && applicant.hasInterviewResults && (
        <p className="text-sm text-slate-700">The results are recorded: decide on the applicant.</p>
      )}
      {isAtInterview && (
        <ScheduleInterviewForm
          key={`schedule-${openInterview?.id ?? "new"}`}
          expertProfileId={applicant.id}
          applicantName={applicant.name}
          isRescheduling={openInterview !== null}
        />
      )}
      {isAtInterview && openInterview && (
        <InterviewResultsForm
          key={`results-${openInterview.id}`}
          expertProfileId={applicant.id}
          interviewId={openInterview.id}
          skills={applicant.skills.map((skill) => ({ skillId: skill.skillId, name: skill.name }))}
        />
      )}
    </div>
  );
}

function InterviewItem({ interview }: { interview: ApplicantInterview }) {
  return (
    <li className="space-y-2 px-4 py-3 text-sm">
      <p className="flex flex-wrap items-center gap-2 text-slate-900">
        <span className="font-medium">
          <DateTime value={interview.scheduledAt} />
        </span>
        {interview.completedAt ? <Badge tone="success">Results recorded</Badge> : <Badge tone="info">Booked</Badge>}
      </p>
      <p className="text-slate-700">
        Meeting link: <ExternalLink href={interview.meetingUrl}>{interview.meetingUrl}</ExternalLink>
      </p>
      {interview.results.length > 0 && (
        <ul className="space-y-1" aria-label="Results per skill">
          {interview.results.map((result) => (
            <li key={result.skillId} className="text-slate-700">
              <span className="font-medium text-slate-900">{result.skillName}</span>: {result.passed ? "passed" : "not passed"}
              {result.notes && <span className="text-slate-600"> — {result.notes}</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
