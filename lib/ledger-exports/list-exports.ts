import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { LEDGER_EXPORT_SELECT, type LedgerExportView, toLedgerExportView } from "./export-view";

export const EXPORTS_LISTED = 50;

/** Every admin's exports, newest first: each admin sees who asked for what and when. */
export async function listLedgerExports({ user }: { user: SessionUser }): Promise<LedgerExportView[]> {
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only admins export the ledger.");
  const rows = await db.ledgerExport.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: EXPORTS_LISTED, select: LEDGER_EXPORT_SELECT });
  return rows.map(toLedgerExportView);
}
