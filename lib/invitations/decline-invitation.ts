import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { respondToInvitation } from "@/lib/matching/respond-to-invitation";
import type { DeclineInvitationInput } from "./schemas";

/** The expert declines their own invitation with a reason; matching back-fills the place. */
export async function declineInvitation({
  user,
  matchId,
  input,
  now = clockNow(),
}: {
  user: SessionUser;
  matchId: string;
  input: DeclineInvitationInput;
  now?: Date;
}) {
  await respondToInvitation({ user, matchId, response: { decision: "DECLINE", ...input }, now });
  return { id: matchId, status: "DECLINED" as const };
}
