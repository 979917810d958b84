import type { ReactNode } from "react";
import { DashboardPage } from "@/components/dashboards/dashboard-page";
import { DashboardSection } from "@/components/dashboards/dashboard-section";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { InvitationList } from "@/lib/invitations/list-invitations";
import { AnsweredInvitations } from "./answered-invitations";
import { OpenInvitationCard } from "./open-invitation-card";

/** `interviews`: the expert's interviews with clients who shortlisted them, shown after the open invitations. */
export function InvitationInbox({ invitations, interviews }: { invitations: InvitationList; interviews?: ReactNode }) {
  const { open, answered, now } = invitations;
  return (
    <DashboardPage>
      <PageHeader
        title="Invitations"
        description="Clients are waiting on their 8-hour shortlist. Answer before an invitation expires, or it goes to the next expert."
      />
      <DashboardSection title={open.length ? `Waiting for your answer (${open.length})` : "Waiting for your answer"}>
        {open.length === 0 ? (
          <EmptyState
            headingLevel={3}
            title="No open invitations"
            description="When a request fits your skills, rate and availability, it appears here and we email you. Keep your availability current so you are matched."
            action={
              <ButtonLink href="/expert" variant="secondary">
                Go to your dashboard
              </ButtonLink>
            }
          />
        ) : (
          <ul className="space-y-6">
            {open.map((invitation) => (
              <li key={invitation.id}>
                <OpenInvitationCard invitation={invitation} now={now} />
              </li>
            ))}
          </ul>
        )}
      </DashboardSection>
      {interviews}
      {answered.length > 0 && (
        <DashboardSection title="Answered recently">
          <AnsweredInvitations invitations={answered} />
        </DashboardSection>
      )}
    </DashboardPage>
  );
}
