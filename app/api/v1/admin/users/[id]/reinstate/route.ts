import { reinstateUser } from "@/lib/admin/reinstate-user";
import { reinstateUserSchema } from "@/lib/admin/schemas";
import { apiRoute } from "@/lib/api/route";

export const POST = apiRoute({ access: ["ADMIN"], body: reinstateUserSchema }, async ({ user, params, body, requestId }) =>
  reinstateUser({ user, userId: params.id, input: body, httpRequestId: requestId }),
);
