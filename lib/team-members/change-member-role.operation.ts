import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { memberRoleSchema } from "./api-schemas";
import { changeMemberRole } from "./change-member-role";
import { changeRoleSchema, memberPathSchema } from "./schemas";

export const changeMemberRoleOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/team/members/{id}",
  summary: "An owner changes a member's role; the company always keeps at least one owner",
  tag: "Team",
  access: ["CLIENT"],
  input: { params: memberPathSchema, body: changeRoleSchema },
  output: { status: 200, description: "The member's new role.", schema: memberRoleSchema },
  errors: [403, 404, 409, 422],
  handler: ({ user, params, body }) => changeMemberRole({ user, memberId: params.id, role: body.role, now: now() }),
});
