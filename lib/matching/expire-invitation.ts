import { db } from "@/lib/db";
import { lockRequest } from "./lock-request";
import { scheduleInviteRound } from "./schedule-matching";

/** The invitation's timer: INVITED → EXPIRED once its time is up, then a back-fill round. */
export async function expireInvitation(options: { matchId: string; now: Date }) {
  const match = await db.match.findUnique({ where: { id: options.matchId }, select: { requestId: true } });
  if (!match) return { expired: false };
  return db.$transaction(async (tx) => {
    const requestStatus = await lockRequest(tx, match.requestId);
    const { count } = await tx.match.updateMany({
      where: { id: options.matchId, status: "INVITED", expiresAt: { lte: options.now } },
      data: { status: "EXPIRED" },
    });
    if (count && requestStatus === "MATCHING") await scheduleInviteRound(tx, match.requestId, options.now);
    return { expired: count > 0 };
  });
}
