import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { invitationSchema } from "./api-schemas";
import { inviteMember } from "./invite-member";
import { inviteMemberSchema } from "./schemas";

export const inviteMemberOperation = defineOperation({
  method: "POST",
  path: "/api/v1/team/invitations",
  summary: "An owner invites a colleague by email with a role; the link in the email works for 7 days",
  tag: "Team",
  access: ["CLIENT"],
  input: { body: inviteMemberSchema },
  output: { status: 201, description: "The invitation is sent.", schema: invitationSchema },
  errors: [403, 409, 422],
  handler: ({ user, body }) => inviteMember({ user, input: body, now: now() }),
});
