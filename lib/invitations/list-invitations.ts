import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { clientReputations } from "@/lib/reviews/client-reputation";
import { INVITATION_SELECT, openInvitationWhere, toInvitationView } from "./invitation-view";

const OPEN_SHOWN = 50;
const ANSWERED_SHOWN = 20;

export type InvitationList = Awaited<ReturnType<typeof listInvitations>>;

/** The signed-in expert's own invitations: the answerable ones, soonest to expire first, then the recent rest. */
export async function listInvitations({ user, now = clockNow() }: { user: SessionUser; now?: Date }) {
  if (user.role !== "EXPERT") throw forbidden("Only experts have invitations.");
  // A direct hire's match is not an invitation: the expert answers its proposal on the contract.
  const own = { expertProfile: { userId: user.id }, request: { origin: "MATCHING" as const } };
  const isOpen = openInvitationWhere(now);

  const [open, answered] = await Promise.all([
    db.match.findMany({
      where: { AND: [own, isOpen] },
      orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
      take: OPEN_SHOWN,
      select: INVITATION_SELECT,
    }),
    db.match.findMany({
      where: { AND: [own, { NOT: isOpen }] },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: ANSWERED_SHOWN,
      select: INVITATION_SELECT,
    }),
  ]);

  const reputations = await clientReputations([...open, ...answered].map((row) => row.request.company.id));
  const viewOf = (row: (typeof open)[number]) => toInvitationView(row, now, { isExcerpt: true, reputation: reputations.get(row.request.company.id) });
  return { now, open: open.map(viewOf), answered: answered.map(viewOf) };
}
