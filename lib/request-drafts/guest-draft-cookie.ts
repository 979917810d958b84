import { cookies } from "next/headers";
import { now as clockNow } from "@/lib/clock";
import { env } from "@/lib/env";
import { GUEST_DRAFT_COOKIE, verifyGuestDraftToken } from "./guest-draft-token";

/** The guest draft this browser's cookie names, when its token is genuine and unexpired. */
export async function guestDraftIdFromCookie(now = clockNow()): Promise<string | null> {
  return verifyGuestDraftToken((await cookies()).get(GUEST_DRAFT_COOKIE)?.value, env().NEXTAUTH_SECRET, now);
}
