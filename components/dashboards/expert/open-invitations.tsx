import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { ExpertDashboard } from "@/lib/dashboards/get-expert-dashboard";
import { DashboardSection } from "../dashboard-section";
import { DateTime } from "../date-time";

export function OpenInvitations({ invitations }: { invitations: ExpertDashboard["openInvitations"] }) {
  return (
    <DashboardSection title="Open invitations" anchor="invitations" description="Answer before an invitation expires, or it goes to the next expert.">
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">No open invitations. We'll email you when a request fits your skills.</p>
      ) : (
        <Table caption="Invitations waiting for your answer" isCaptionHidden>
          <THead>
            <Tr>
              <Th>Request</Th>
              <Th>Invited</Th>
              <Th>Expires</Th>
            </Tr>
          </THead>
          <TBody>
            {invitations.map((invitation) => (
              <Tr key={invitation.id}>
                <Th scope="row" className="font-medium">
                  {invitation.requestTitle}
                </Th>
                <Td>
                  <DateTime value={invitation.invitedAt} />
                </Td>
                <Td>
                  <DateTime value={invitation.expiresAt} />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </DashboardSection>
  );
}
