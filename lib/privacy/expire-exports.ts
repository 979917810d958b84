import { db } from "@/lib/db";
import { EXPORT_ABANDONED_AFTER_MS } from "./limits";

/**
 * The periodic job's work: ready exports past their expiry lose their bytes (status EXPIRED, the row
 * stays so the page can say so), and exports stuck in queued or building for an hour are FAILED, so
 * the user can ask again.
 */
export async function expireDataExports(now: Date) {
  const expired = await db.dataExport.updateMany({ where: { status: "READY", expiresAt: { lte: now } }, data: { status: "EXPIRED", zip: null } });
  const abandoned = await db.dataExport.updateMany({
    where: { status: { in: ["QUEUED", "BUILDING"] }, createdAt: { lte: new Date(now.getTime() - EXPORT_ABANDONED_AFTER_MS) } },
    data: { status: "FAILED", failureReason: "Preparing your export took too long. Please ask for a new one." },
  });
  return { expired: expired.count, abandoned: abandoned.count };
}
