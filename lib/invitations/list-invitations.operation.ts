import { defineOperation } from "@/lib/api/operation";
import { listInvitations } from "./list-invitations";
import { invitationListSchema } from "./schemas";

export const listInvitationsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/invitations",
  summary: "The signed-in expert's invitations: open ones first (soonest to expire), then recently answered",
  tag: "Invitations",
  access: ["EXPERT"],
  output: {
    status: 200,
    description: "Open and answered invitations, each with the request summary and why the expert was matched.",
    schema: invitationListSchema,
  },
  handler: ({ user }) => listInvitations({ user }),
});
