import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { removedMemberSchema } from "./api-schemas";
import { removeMember } from "./remove-member";
import { memberPathSchema } from "./schemas";

export const removeMemberOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/team/members/{id}",
  summary: "An owner removes a member, or a member leaves (their own id); the last owner can do neither",
  tag: "Team",
  access: ["CLIENT"],
  input: { params: memberPathSchema },
  output: { status: 200, description: "The member is no longer in the company.", schema: removedMemberSchema },
  errors: [403, 404, 409],
  handler: ({ user, params }) => removeMember({ user, memberId: params.id, now: now() }),
});
