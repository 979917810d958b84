import { defineOperation } from "@/lib/api/operation";
import { declineInvitation } from "./decline-invitation";
import { declineInvitationSchema, invitationAnswerSchema, invitationPathSchema } from "./schemas";

export const declineInvitationOperation = defineOperation({
  method: "POST",
  path: "/api/v1/invitations/{id}/decline",
  summary: "Decline an invitation with a reason",
  tag: "Invitations",
  access: ["EXPERT"],
  input: { params: invitationPathSchema, body: declineInvitationSchema },
  output: { status: 200, description: "Declined; matching invites the next best expert.", schema: invitationAnswerSchema },
  errors: [404, 409, 415, 422],
  handler: ({ user, params, body }) => declineInvitation({ user, matchId: params.id, input: body }),
});
