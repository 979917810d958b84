import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { saveApplicationStepSchema } from "@/lib/vetting/schemas";
import { applicationSchema } from "./api-schemas";
import { saveApplicationStep } from "./save-application-step";

export const saveApplicationStepOperation = defineOperation({
  method: "PUT",
  path: "/api/v1/application/steps",
  summary: "Save one step of a draft application; the skills step replaces the whole skill set",
  tag: "Application",
  access: ["EXPERT"],
  input: { body: saveApplicationStepSchema },
  output: { status: 200, description: "The step was saved.", schema: applicationSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user, body }) => saveApplicationStep({ user, input: body, now: now() }),
});
