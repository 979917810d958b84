import { apiRoute } from "@/lib/api/route";
import { listDisputes } from "@/lib/payments/list-disputes";

export const GET = apiRoute({ access: ["ADMIN"] }, async ({ user }) => listDisputes({ user }));
