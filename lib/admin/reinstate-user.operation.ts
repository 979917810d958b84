import { defineOperation } from "@/lib/api/operation";
import { accountStatusSchema } from "./api-schemas";
import { reinstateUser } from "./reinstate-user";
import { reinstateUserSchema, userPathSchema } from "./schemas";

export const reinstateUserOperation = defineOperation({
  method: "POST",
  path: "/api/v1/admin/users/{id}/reinstate",
  summary: "Lift a suspension with a reason: the user can sign in again and a suspended expert is approved again (audited, emailed)",
  tag: "Admin",
  access: ["ADMIN"],
  input: { params: userPathSchema, body: reinstateUserSchema },
  output: { status: 200, description: "The account is active again.", schema: accountStatusSchema },
  errors: [404, 409, 415, 422],
  handler: ({ user, params, body, requestId }) => reinstateUser({ user, userId: params.id, input: body, httpRequestId: requestId }),
});
