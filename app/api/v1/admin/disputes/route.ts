import { apiRoute } from "@/lib/api/route";
import { listDisputes } from "@/lib/milestones/list-disputes";

export const GET = apiRoute({ access: ["ADMIN"] }, async ({ user }) => listDisputes({ user }));
