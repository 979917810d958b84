import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { clientReputations } from "@/lib/reviews/client-reputation";
import { INVITATION_SELECT, toInvitationView } from "./invitation-view";

/** One of the signed-in expert's own invitations with the whole request description; anyone else's is not found. */
export async function getInvitation({ user, matchId, now = clockNow() }: { user: SessionUser; matchId: string; now?: Date }) {
  if (user.role !== "EXPERT") throw forbidden("Only experts have invitations.");
  const row = await db.match.findFirst({
    where: { id: matchId, expertProfile: { userId: user.id } },
    select: INVITATION_SELECT,
  });
  if (!row) throw notFound("Invitation");
  const reputations = await clientReputations([row.request.company.id]);
  return toInvitationView(row, now, { isExcerpt: false, reputation: reputations.get(row.request.company.id) });
}
