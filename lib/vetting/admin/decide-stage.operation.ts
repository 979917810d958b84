import { defineOperation } from "@/lib/api/operation";
import { decidedSchema } from "./api-schemas";
import { decideStage } from "./decide-stage";
import { applicantPathSchema, decisionBodySchema } from "./schemas";

export const decideStageOperation = defineOperation({
  method: "POST",
  path: "/api/v1/admin/applicants/{id}/decisions",
  summary: "Advance the applicant to the next stage or reject them, scored on the stage's criteria; `stage` is the stage the decision was made at",
  tag: "Vetting",
  access: ["ADMIN"],
  input: { params: applicantPathSchema, body: decisionBodySchema },
  output: { status: 201, description: "Decided; the applicant was notified in the app and by email.", schema: decidedSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user, params, body }) => decideStage({ user, expertProfileId: params.id, input: body }),
});
