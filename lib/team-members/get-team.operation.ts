import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { teamSchema } from "./api-schemas";
import { getTeam } from "./get-team";

export const getTeamOperation = defineOperation({
  method: "GET",
  path: "/api/v1/team",
  summary: "The signed-in member's company team: members and their roles; pending invitations for owners",
  tag: "Team",
  access: ["CLIENT"],
  output: { status: 200, description: "The team.", schema: teamSchema },
  errors: [404],
  handler: ({ user }) => getTeam({ user, now: now() }),
});
