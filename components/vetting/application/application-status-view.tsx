import { DashboardSection } from "@/components/dashboards/dashboard-section";
import { VettingHistory } from "@/components/dashboards/expert/vetting-history";
import { ButtonLink } from "@/components/ui/button-link";
import { describeNextStep } from "@/lib/dashboards/expert-next-step";
import type { Application } from "@/lib/vetting/application/load-application";
import { ApplicationSummary } from "./application-summary";
import { InterviewCard } from "./interview-card";
import { RejectionNotice } from "./rejection-notice";
import { StageStepper } from "./stage-stepper";

/** A submitted application: where it is, what happens next, and what was sent. */
export function ApplicationStatusView({ application, now }: { application: Application; now: Date }) {
  const { status, nextInterview } = application;
  const nextStep = describeNextStep({ vettingStatus: status, submittedAt: application.submittedAt, reapplyAfter: application.canReapplyAt }, now);
  return (
    <>
      <DashboardSection title="Where your application is">
        <StageStepper status={status} rejectedAtStage={application.rejectedAtStage} />
      </DashboardSection>
      <DashboardSection title="What happens next">
        {status === "REJECTED" ? (
          <RejectionNotice reason={application.rejectionReason} canReapply={application.canReapply} canReapplyAt={application.canReapplyAt} />
        ) : (
          <p className="text-sm text-slate-700">{nextStep}</p>
        )}
        {nextInterview && <InterviewCard {...nextInterview} timezone={application.steps.availability.timezone} />}
        {status === "APPROVED" && <ButtonLink href="/expert/profile">Edit your profile</ButtonLink>}
      </DashboardSection>
      <DashboardSection title="What you sent" description="Your application as the reviewers see it.">
        <ApplicationSummary steps={application.steps} />
      </DashboardSection>
      <VettingHistory decisions={application.history} />
    </>
  );
}
