import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { acceptTeamInvitation } from "./accept-invitation";
import { joinedCompanySchema } from "./api-schemas";
import { acceptInvitationSchema } from "./schemas";

export const acceptTeamInvitationOperation = defineOperation({
  method: "POST",
  path: "/api/v1/team/invitations/accept",
  summary: "A signed-in company account in no company yet accepts an invitation sent to its address",
  tag: "Team",
  access: "user",
  input: { body: acceptInvitationSchema },
  output: { status: 200, description: "The account is now a member of the company.", schema: joinedCompanySchema },
  errors: [403, 404, 409, 422],
  handler: ({ user, body }) => acceptTeamInvitation({ user, token: body.token, now: now() }),
});
