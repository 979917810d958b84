import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { now } from "@/lib/clock";
import { applicationSchema } from "./api-schemas";
import { submitApplication } from "./submit-application";

export const submitApplicationOperation = defineOperation({
  method: "POST",
  path: "/api/v1/application/submit",
  summary: "Submit the draft for screening; every step must be complete (a 422 lists each step's problems)",
  tag: "Application",
  access: ["EXPERT"],
  input: { body: emptyBodySchema },
  output: { status: 200, description: "Submitted: admins are notified and the applicant gets a confirmation email.", schema: applicationSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user }) => submitApplication({ user, now: now() }),
});
