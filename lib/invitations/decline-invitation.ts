import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { respondToInvitation } from "@/lib/matching/respond-to-invitation";
import { parseAnswer } from "./parse-answer";
import { declineInvitationSchema } from "./schemas";

/** The expert declines their own invitation with a reason; matching back-fills the place. */
export async function declineInvitation({ user, matchId, input, now = clockNow() }: { user: SessionUser; matchId: string; input: unknown; now?: Date }) {
  const answer = parseAnswer(declineInvitationSchema, input);
  await respondToInvitation({ user, matchId, response: { decision: "DECLINE", ...answer }, now });
  return { id: matchId, status: "DECLINED" as const };
}
