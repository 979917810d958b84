import { apiRoute } from "@/lib/api/route";
import { decideStage } from "@/lib/vetting/admin/decide-stage";
import { decisionBodySchema } from "@/lib/vetting/admin/schemas";

export const POST = apiRoute({ access: ["ADMIN"], body: decisionBodySchema, status: 201 }, async ({ user, params, body }) =>
  decideStage({ user, expertProfileId: params.id, input: body }),
);
