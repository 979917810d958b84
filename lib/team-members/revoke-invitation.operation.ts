import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { revokedInvitationSchema } from "./api-schemas";
import { revokeInvitation } from "./manage-invitation";
import { invitationPathSchema } from "./schemas";

export const revokeInvitationOperation = defineOperation({
  method: "POST",
  path: "/api/v1/team/invitations/{id}/revoke",
  summary: "An owner revokes an invitation not yet accepted: its link stops working",
  tag: "Team",
  access: ["CLIENT"],
  input: { params: invitationPathSchema },
  output: { status: 200, description: "The invitation is revoked.", schema: revokedInvitationSchema },
  errors: [403, 404, 409],
  handler: ({ user, params }) => revokeInvitation({ user, invitationId: params.id, now: now() }),
});
