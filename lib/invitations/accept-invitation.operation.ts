import { defineOperation } from "@/lib/api/operation";
import { acceptInvitation } from "./accept-invitation";
import { acceptInvitationSchema, invitationAnswerSchema, invitationPathSchema } from "./schemas";

export const acceptInvitationOperation = defineOperation({
  method: "POST",
  path: "/api/v1/invitations/{id}/accept",
  summary: "Accept an invitation, confirming that availability and rate still hold",
  tag: "Invitations",
  access: ["EXPERT"],
  input: { params: invitationPathSchema, body: acceptInvitationSchema },
  output: { status: 200, description: "Accepted (or straight onto the shortlist if it was already delivered).", schema: invitationAnswerSchema },
  errors: [404, 409, 415, 422],
  handler: ({ user, params, body }) => acceptInvitation({ user, matchId: params.id, input: body }),
});
