import { DashboardPage } from "@/components/dashboards/dashboard-page";
import { DashboardSection } from "@/components/dashboards/dashboard-section";
import { DateTime } from "@/components/dashboards/date-time";
import { StatusBadge } from "@/components/dashboards/status-badge";
import { formatDuration } from "@/components/sla/format-duration";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import type { Applicant } from "@/lib/vetting/admin/get-applicant";
import { ApplicantProfile } from "./applicant-profile";
import { ApplicantSkills } from "./applicant-skills";
import { DecisionForm } from "./decision-form";
import { DecisionHistory } from "./decision-history";
import { InterviewsSection } from "./interviews-section";
import { boardHref } from "./paths";

export function ApplicantView({ applicant }: { applicant: Applicant }) {
  const { reviewStage } = applicant;
  return (
    <DashboardPage>
      <PageHeader
        title={applicant.name}
        description={applicant.headline || "No headline yet."}
        actions={
          <ButtonLink variant="secondary" href={boardHref({ stage: reviewStage ?? "APPLIED" })}>
            Back to the queue
          </ButtonLink>
        }
      />
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <StatusBadge status={applicant.status} />
        {applicant.enteredStageAt && applicant.millisecondsInStage !== null && (
          <span>
            In this stage for {formatDuration(applicant.millisecondsInStage)}, since <DateTime value={applicant.enteredStageAt} />
          </span>
        )}
      </p>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-10">
          <DashboardSection title="Application">
            <ApplicantProfile applicant={applicant} />
          </DashboardSection>
          <DashboardSection
            title="Skills"
            description={
              applicant.canVerifySkills
                ? "Verify a skill once the applicant has shown it; the interview results verify the skills passed."
                : "Skills can be verified from the interview stage on."
            }
          >
            <ApplicantSkills applicant={applicant} />
          </DashboardSection>
          {(reviewStage === "INTERVIEW" || applicant.interviews.length > 0) && (
            <DashboardSection title="Interview">
              <InterviewsSection applicant={applicant} />
            </DashboardSection>
          )}
          <DashboardSection title="History" description="Scores and internal notes are for admins; the applicant sees the stages and any reason given to them.">
            <DecisionHistory applicant={applicant} />
          </DashboardSection>
        </div>
        <div className="lg:sticky lg:top-6 lg:self-start">
          {reviewStage ? (
            <DecisionForm
              key={reviewStage}
              expertProfileId={applicant.id}
              applicantName={applicant.name}
              stage={reviewStage}
              canAdvance={applicant.canAdvance}
            />
          ) : (
            <Alert title="No decision pending">
              <NoDecisionReason applicant={applicant} />
            </Alert>
          )}
        </div>
      </div>
    </DashboardPage>
  );
}

function NoDecisionReason({ applicant }: { applicant: Applicant }) {
  if (applicant.status === "APPLIED") return "This application is a draft. It can be decided once the applicant submits it.";
  if (applicant.status === "APPROVED")
    return (
      <>
        Approved
        {applicant.approvedAt && (
          <>
            {" "}
            on <DateTime value={applicant.approvedAt} isDateOnly />
          </>
        )}
        : this expert can be matched to requests.
      </>
    );
  if (applicant.status === "REJECTED")
    return (
      <>
        Rejected
        {applicant.rejectedAt && (
          <>
            {" "}
            on <DateTime value={applicant.rejectedAt} isDateOnly />
          </>
        )}
        .
        {applicant.reapplyAfter && (
          <>
            {" "}
            They may apply again from <DateTime value={applicant.reapplyAfter} isDateOnly />.
          </>
        )}
      </>
    );
  return "This expert is suspended.";
}
