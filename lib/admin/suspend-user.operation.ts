import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { accountStatusSchema } from "./api-schemas";
import { suspendUserSchema, userPathSchema } from "./schemas";
import { suspendUser } from "./suspend-user";

export const suspendUserOperation = defineOperation({
  method: "POST",
  path: "/api/v1/admin/users/{id}/suspend",
  summary: "Suspend a client or an expert with a reason: no sign-in, no session, an approved expert is no longer matched (audited, emailed)",
  tag: "Admin",
  access: ["ADMIN"],
  input: { params: userPathSchema, body: suspendUserSchema },
  output: { status: 200, description: "The account is suspended.", schema: accountStatusSchema },
  errors: [404, 409, 415, 422],
  handler: ({ user, params, body, requestId }) => suspendUser({ user, userId: params.id, input: body, now: now(), httpRequestId: requestId }),
});
