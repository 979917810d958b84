import { DashboardSection } from "@/components/dashboards/dashboard-section";
import type { ExpertInterview } from "@/lib/interviews/list-interviews";
import { InterviewPanel } from "./interview-panel";

/** The expert's interviews with clients who shortlisted them, every time in the expert's own zone. */
export function ExpertInterviews({ interviews, timeZone, timeZones }: { interviews: ExpertInterview[]; timeZone: string; timeZones: readonly string[] }) {
  if (!interviews.length) return null;
  return (
    <DashboardSection
      title="Interviews"
      anchor="interviews"
      description={`Times are shown in your time zone (${timeZone.replaceAll("_", " ")}), from your profile.`}
    >
      <ul className="space-y-4">
        {interviews.map((entry) => (
          <li key={entry.matchId} className="space-y-2">
            <h3 className="font-medium text-slate-900">
              {entry.requestTitle} <span className="font-normal text-slate-600">· {entry.companyName}</span>
            </h3>
            <InterviewPanel
              matchId={entry.matchId}
              otherName={entry.companyName}
              side="EXPERT"
              interview={entry.interview}
              timeZone={timeZone}
              timeZones={timeZones}
            />
          </li>
        ))}
      </ul>
    </DashboardSection>
  );
}
