import { getUser } from "@/lib/admin/get-user";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute({ access: ["ADMIN"] }, async ({ user, params }) => getUser({ user, userId: params.id }));
