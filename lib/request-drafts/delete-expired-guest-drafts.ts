import { db } from "@/lib/db";

/**
 * Deletes guest drafts whose token no longer works: unclaimed ones nobody came back for (they belong
 * to nobody), and claimed ones, whose fields already moved into a request. Returns how many went.
 */
export async function deleteExpiredGuestDrafts(now: Date) {
  const { count } = await db.guestRequestDraft.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
