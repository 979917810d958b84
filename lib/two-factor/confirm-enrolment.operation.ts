import { defineOperation } from "@/lib/api/operation";
import { confirmEnrolment } from "./confirm-enrolment";
import { confirmEnrolmentSchema, recoveryCodesSchema } from "./schemas";

export const confirmEnrolmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/me/two-factor/enrolment/confirm",
  summary: "Turn on two-factor authentication with a current code from the app",
  tag: "Accounts",
  access: "user",
  // Two-factor settings guard the account itself: a signed-in person changes them, never a script with a token.
  sessionOnly: true,
  input: { body: confirmEnrolmentSchema },
  output: { status: 200, description: "On; the recovery codes, shown this once.", schema: recoveryCodesSchema },
  errors: [400, 401, 403, 409, 415, 422, 429],
  handler: ({ user, body, requestId }) => confirmEnrolment({ user, code: body.code, requestId }),
});
