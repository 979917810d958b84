import { defineOperation } from "@/lib/api/operation";
import { userDetailSchema } from "./api-schemas";
import { getUser } from "./get-user";
import { userPathSchema } from "./schemas";

export const getUserOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/users/{id}",
  summary: "One user: account, companies or expert profile, contracts count, and recent audit entries about them",
  tag: "Admin",
  access: ["ADMIN"],
  input: { params: userPathSchema },
  output: { status: 200, description: "The user.", schema: userDetailSchema },
  errors: [404],
  handler: ({ user, params }) => getUser({ user, userId: params.id }),
});
