import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { applicationSchema } from "./api-schemas";
import { getApplication } from "./get-application";

export const getApplicationOperation = defineOperation({
  method: "GET",
  path: "/api/v1/application",
  summary: "The signed-in expert's application: each step's saved values, what is missing, its stage, vetting history and next interview",
  tag: "Application",
  access: ["EXPERT"],
  output: { status: 200, description: "The application.", schema: applicationSchema },
  errors: [404],
  handler: ({ user }) => getApplication({ user, now: now() }),
});
