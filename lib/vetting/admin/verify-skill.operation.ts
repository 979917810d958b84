import { defineOperation } from "@/lib/api/operation";
import { skillVerifiedSchema } from "./api-schemas";
import { applicantSkillPathSchema, skillVerificationSchema } from "./schemas";
import { verifySkill } from "./verify-skill";

export const verifySkillOperation = defineOperation({
  method: "POST",
  path: "/api/v1/admin/applicants/{id}/skills/{skillId}/verification",
  summary: "Verify or unverify one skill of an expert at interview or approved",
  tag: "Vetting",
  access: ["ADMIN"],
  input: { params: applicantSkillPathSchema, body: skillVerificationSchema },
  output: { status: 200, description: "The skill's verification.", schema: skillVerifiedSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user, params, body }) => verifySkill({ user, expertProfileId: params.id, skillId: params.skillId, input: body }),
});
