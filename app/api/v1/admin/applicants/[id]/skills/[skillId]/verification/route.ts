import { apiRoute } from "@/lib/api/route";
import { verifySkill } from "@/lib/vetting/admin/verify-skill";
import { skillVerificationSchema } from "@/lib/vetting/admin/schemas";

export const POST = apiRoute({ access: ["ADMIN"], body: skillVerificationSchema }, async ({ user, params, body }) =>
  verifySkill({ user, expertProfileId: params.id, skillId: params.skillId, input: body }),
);
