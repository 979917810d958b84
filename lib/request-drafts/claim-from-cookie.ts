import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { type ClaimedGuestDraft, claimGuestDraft } from "./claim-guest-draft";
import { guestDraftIdFromCookie } from "./guest-draft-cookie";

/** Claims the draft this browser's cookie names; a missing, forged or expired token is an expired draft to the person holding it. */
export async function claimGuestDraftFromCookie(user: SessionUser, now = clockNow()): Promise<ClaimedGuestDraft> {
  const draftId = await guestDraftIdFromCookie(now);
  if (!draftId) return { ok: false, problem: "expired" };
  return claimGuestDraft({ user, draftId, now });
}
