import { defineOperation } from "@/lib/api/operation";
import { userListSchema } from "./api-schemas";
import { listUsers } from "./list-users";
import { listUsersQuerySchema } from "./schemas";

export const listUsersOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/users",
  summary: "Users, newest first: search by part of a name or email, filter by role and suspension; 50 a page",
  tag: "Admin",
  access: ["ADMIN"],
  input: { query: listUsersQuerySchema },
  output: { status: 200, description: "One page of users.", schema: userListSchema },
  errors: [422],
  handler: ({ user, query }) => listUsers({ user, query }),
});
