import { cookies } from "next/headers";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { GUEST_DRAFT_COOKIE, verifyGuestDraftToken } from "./guest-draft-token";
import { problemOf } from "./read-guest-draft";

/** The guest draft this browser's cookie names, when its token is genuine and unexpired. */
export async function guestDraftIdFromCookie(now = clockNow()): Promise<string | null> {
  return verifyGuestDraftToken((await cookies()).get(GUEST_DRAFT_COOKIE)?.value, env().NEXTAUTH_SECRET, now);
}

/**
 * Whether this browser holds a draft still waiting for its account: the cookie stays after a claim
 * (a page cannot delete it), so sign-up asks the row rather than the token.
 */
export async function hasWaitingGuestDraft(now = clockNow()): Promise<boolean> {
  const draftId = await guestDraftIdFromCookie(now);
  if (!draftId) return false;
  const row = await db.guestRequestDraft.findUnique({ where: { id: draftId }, select: { expiresAt: true, claimedAt: true } });
  return problemOf(row, now) === null;
}
