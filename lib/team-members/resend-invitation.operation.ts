import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { invitationSchema } from "./api-schemas";
import { resendInvitation } from "./manage-invitation";
import { invitationPathSchema } from "./schemas";

export const resendInvitationOperation = defineOperation({
  method: "POST",
  path: "/api/v1/team/invitations/{id}/resend",
  summary: "An owner sends an invitation again: a new link valid for 7 days; the old link stops working",
  tag: "Team",
  access: ["CLIENT"],
  input: { params: invitationPathSchema },
  output: { status: 200, description: "The invitation is sent again.", schema: invitationSchema },
  errors: [403, 404, 409],
  handler: ({ user, params }) => resendInvitation({ user, invitationId: params.id, now: now() }),
});
