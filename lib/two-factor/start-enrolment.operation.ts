import { defineOperation } from "@/lib/api/operation";
import { enrolmentSchema } from "./schemas";
import { startEnrolment } from "./start-enrolment";

export const startEnrolmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/me/two-factor/enrolment",
  summary: "Start setting up an authenticator app: a new secret, not in force until confirmed",
  tag: "Accounts",
  access: "user",
  // Two-factor settings guard the account itself: a signed-in person changes them, never a script with a token.
  sessionOnly: true,
  output: { status: 201, description: "The secret as a QR code and as a key to type; confirm it with a code.", schema: enrolmentSchema },
  errors: [401, 403, 409],
  handler: ({ user }) => startEnrolment({ user }),
});
