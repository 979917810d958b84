import { apiRoute } from "@/lib/api/route";
import { declineInvitation } from "@/lib/invitations/decline-invitation";
import { declineInvitationSchema } from "@/lib/invitations/schemas";

export const POST = apiRoute({ access: ["EXPERT"], body: declineInvitationSchema }, async ({ user, params, body }) =>
  declineInvitation({ user, matchId: params.id, input: body }),
);
