import { requireVerifiedEmail } from "@/lib/accounts/require-verified-email";
import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { respondToInvitation } from "@/lib/matching/respond-to-invitation";
import type { AcceptInvitationInput } from "./schemas";

/** The expert accepts their own invitation, confirming that their availability and rate still hold. */
export async function acceptInvitation({
  user,
  matchId,
  input,
  now = clockNow(),
}: {
  user: SessionUser;
  matchId: string;
  input: AcceptInvitationInput;
  now?: Date;
}) {
  await requireVerifiedEmail(db, user.id);
  const { status } = await respondToInvitation({ user, matchId, response: { decision: "ACCEPT", ...input }, now });
  return { id: matchId, status };
}
