import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import type { Application } from "@/lib/vetting/application/load-application";
import { ApplicationStatusView } from "./application-status-view";
import { ApplicationWizard } from "./application-wizard";

type ApplicationViewProps = { application: Application; timeZones: readonly string[]; now: Date };

/** The form while the application is a draft; its status page once it is submitted. */
export function ApplicationView({ application, timeZones, now }: ApplicationViewProps) {
  return (
    <div className="mx-auto w-full max-w-4xl space-y-8 px-4 py-8 sm:px-6">
      <PageHeader
        title="Your application"
        description={
          application.isEditable
            ? "Tell us about your work. Reviewers read every application; once you are approved, we invite you to client requests that fit."
            : application.submittedAt
              ? `Submitted on ${formatDate(application.submittedAt)}.`
              : undefined
        }
      />
      {application.isEditable ? (
        <ApplicationWizard steps={application.steps} timeZones={timeZones} />
      ) : (
        <ApplicationStatusView application={application} now={now} />
      )}
    </div>
  );
}
