import { apiRoute } from "@/lib/api/route";
import { getInvitation } from "@/lib/invitations/get-invitation";

export const GET = apiRoute({ access: ["EXPERT"] }, async ({ user, params }) => getInvitation({ user, matchId: params.id }));
