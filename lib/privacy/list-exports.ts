import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/sessions/session-user";
import { type DataExportView, EXPORT_VIEW_SELECT, toExportView } from "./export-view";

/** The user's own exports, newest first (the last 10). */
export async function listDataExports({ user, now }: { user: Pick<SessionUser, "id">; now: Date }): Promise<DataExportView[]> {
  const rows = await db.dataExport.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, take: 10, select: EXPORT_VIEW_SELECT });
  return rows.map((row) => toExportView(row, now));
}
