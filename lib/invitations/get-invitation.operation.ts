import { defineOperation } from "@/lib/api/operation";
import { getInvitation } from "./get-invitation";
import { invitationPathSchema, invitationSchema } from "./schemas";

export const getInvitationOperation = defineOperation({
  method: "GET",
  path: "/api/v1/invitations/{id}",
  summary: "One of the signed-in expert's invitations, with the whole request description",
  tag: "Invitations",
  access: ["EXPERT"],
  input: { params: invitationPathSchema },
  output: { status: 200, description: "The invitation.", schema: invitationSchema },
  errors: [404],
  handler: ({ user, params }) => getInvitation({ user, matchId: params.id }),
});
