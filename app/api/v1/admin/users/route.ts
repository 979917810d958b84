import { listUsers } from "@/lib/admin/list-users";
import { listUsersQuerySchema } from "@/lib/admin/schemas";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute({ access: ["ADMIN"], query: listUsersQuerySchema }, async ({ user, query }) => listUsers({ user, query }));
