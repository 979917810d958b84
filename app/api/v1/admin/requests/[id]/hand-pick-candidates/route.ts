import { apiRoute } from "@/lib/api/route";
import { listHandPickCandidates } from "@/lib/sla/list-hand-pick-candidates";

export const GET = apiRoute({ access: ["ADMIN"] }, async ({ user, params }) => listHandPickCandidates({ user, requestId: params.id }));
