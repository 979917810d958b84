import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueJobs } from "@/lib/jobs/queue";
import type { SessionUser } from "@/lib/sessions/session-user";
import { LEDGER_EXPORT_SELECT, type LedgerExportView, toLedgerExportView } from "./export-view";
import type { LedgerExportInput } from "./schemas";

/** Queues an admin's CSV export of ledger entries or payouts for whole UTC days, and audits it in the same transaction. */
export async function requestLedgerExport(options: { user: SessionUser; input: LedgerExportInput; now: Date; httpRequestId?: string }) {
  const { user, input, now } = options;
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only admins export the ledger.");
  return db.$transaction(async (tx): Promise<LedgerExportView> => {
    const created = await tx.ledgerExport.create({
      data: {
        kind: input.kind,
        fromDate: new Date(`${input.from}T00:00:00.000Z`),
        toDate: new Date(`${input.to}T00:00:00.000Z`),
        requestedById: user.id,
        createdAt: now,
      },
      select: LEDGER_EXPORT_SELECT,
    });
    await enqueueJobs(tx, [{ kind: "ledger-exports.build-export", payload: { exportId: created.id }, runAt: now, dedupeKey: `ledger-export:${created.id}` }]);
    await recordAudit(tx, {
      actorId: user.id,
      action: "ledger.exported",
      targetType: "LedgerExport",
      targetId: created.id,
      data: { kind: input.kind, from: input.from, to: input.to },
      requestId: options.httpRequestId,
    });
    return toLedgerExportView(created);
  });
}
