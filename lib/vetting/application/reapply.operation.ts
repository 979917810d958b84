import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { now } from "@/lib/clock";
import { applicationSchema } from "./api-schemas";
import { reapply } from "./reapply";

export const reapplyOperation = defineOperation({
  method: "POST",
  path: "/api/v1/application/reapply",
  summary: "After a rejection and its cool-off, start a new application from the old one",
  tag: "Application",
  access: ["EXPERT"],
  input: { body: emptyBodySchema },
  output: { status: 200, description: "A draft application again (APPLIED, not submitted).", schema: applicationSchema },
  errors: [400, 404, 409, 415],
  handler: ({ user }) => reapply({ user, now: now() }),
});
