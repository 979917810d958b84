import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import type { ExpertDashboard } from "@/lib/dashboards/get-expert-dashboard";
import { DashboardSection } from "../dashboard-section";
import { StatusBadge } from "../status-badge";

type ApplicationStatusProps = { profile: ExpertDashboard["profile"]; nextStep: string };

export function ApplicationStatus({ profile, nextStep }: ApplicationStatusProps) {
  const isUnsubmitted = profile.vettingStatus === "APPLIED" && !profile.submittedAt;
  return (
    <DashboardSection title="Vetting status">
      {isUnsubmitted ? (
        <EmptyState
          headingLevel={3}
          title="Complete your application"
          description={nextStep}
          action={<ButtonLink href="/expert/application">Continue your application</ButtonLink>}
        />
      ) : (
        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <p className="flex items-center gap-3 text-sm text-slate-700">
            <span>Status</span>
            <StatusBadge status={profile.vettingStatus} />
          </p>
          <h3 className="mt-4 text-sm font-semibold text-slate-900">Next step</h3>
          <p className="mt-1 text-sm text-slate-700">{nextStep}</p>
          <ButtonLink href="/expert/application" variant="secondary" size="sm" className="mt-4">
            See your application
          </ButtonLink>
        </div>
      )}
    </DashboardSection>
  );
}
