import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";

/** The zip of the user's own ready, unexpired export; anyone else's, or one that is gone, is "not found". */
export async function downloadDataExport({ user, exportId, now }: { user: Pick<SessionUser, "id">; exportId: string; now: Date }) {
  const found = await db.dataExport.findFirst({
    where: { id: exportId, userId: user.id, status: "READY", expiresAt: { gt: now } },
    select: { zip: true, readyAt: true },
  });
  if (!found?.zip) throw notFound("That export");
  const day = (found.readyAt ?? now).toISOString().slice(0, 10);
  return { bytes: found.zip, filename: `vetted-data-export-${day}.zip` };
}
