import { suspendUserSchema } from "@/lib/admin/schemas";
import { suspendUser } from "@/lib/admin/suspend-user";
import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";

export const POST = apiRoute({ access: ["ADMIN"], body: suspendUserSchema }, async ({ user, params, body, requestId }) =>
  suspendUser({ user, userId: params.id, input: body, now: now(), httpRequestId: requestId }),
);
