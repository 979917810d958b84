import { DateTime } from "@/components/dashboards/date-time";
import { FileList } from "@/components/files/file-list";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { InvitationView } from "@/lib/invitations/invitation-view";
import { InvitationStateBadge } from "./invitation-state-badge";

/** Recently answered, expired or closed invitations, latest first. */
export function AnsweredInvitations({ invitations }: { invitations: InvitationView[] }) {
  return (
    <Table caption="Answered and past invitations" isCaptionHidden>
      <THead>
        <Tr>
          <Th>Request</Th>
          <Th>Status</Th>
          <Th>When</Th>
          <Th>Your note or reason</Th>
        </Tr>
      </THead>
      <TBody>
        {invitations.map((invitation) => (
          <Tr key={invitation.id}>
            <Th scope="row" className="font-medium">
              {invitation.request.title}
              <span className="block text-xs font-normal text-slate-600">{invitation.request.companyName}</span>
              {invitation.request.files.length > 0 && (
                <div className="mt-2 font-normal">
                  <FileList files={invitation.request.files} label={`Files in the brief for ${invitation.request.title}`} />
                </div>
              )}
            </Th>
            <Td>
              <InvitationStateBadge state={invitation.state} />
            </Td>
            <Td>
              <DateTime value={invitation.respondedAt ?? invitation.expiresAt} />
            </Td>
            <Td className="max-w-xs break-words">{invitation.declineReason ?? invitation.responseNote ?? "—"}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
