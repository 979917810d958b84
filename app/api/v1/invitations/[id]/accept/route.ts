import { apiRoute } from "@/lib/api/route";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationSchema } from "@/lib/invitations/schemas";

export const POST = apiRoute({ access: ["EXPERT"], body: acceptInvitationSchema }, async ({ user, params, body }) =>
  acceptInvitation({ user, matchId: params.id, input: body }),
);
