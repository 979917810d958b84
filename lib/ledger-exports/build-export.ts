import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { CSV_CONTENT_TYPE } from "@/lib/documents/csv";
import { storeGeneratedFile } from "@/lib/files/store-generated-file";
import { logger } from "@/lib/logger";
import { exportCsvChunks } from "./export-rows";
import { exportFileName } from "./export-view";
import { exportBounds } from "./schemas";

/**
 * The worker's job: streams the export's rows, page by page, straight into file storage (no file in
 * memory), saving the row count after each page, then marks it READY. The file belongs to no user
 * (ownerId null): only admins may download it. A rerun after a crash starts over; a failure marks the
 * export FAILED with a reason and the admin may ask again.
 */
export async function buildLedgerExport({ exportId, now, pageSize }: { exportId: string; now: Date; pageSize?: number }) {
  const started = await db.ledgerExport.updateMany({
    where: { id: exportId, status: { in: ["QUEUED", "BUILDING"] } },
    data: { status: "BUILDING", rowsDone: 0, startedAt: now },
  });
  if (!started.count) return;
  const row = await db.ledgerExport.findUniqueOrThrow({ where: { id: exportId }, select: { kind: true, fromDate: true, toDate: true } });
  try {
    const chunks = exportCsvChunks(row.kind, exportBounds(row.fromDate, row.toDate), {
      pageSize,
      onPage: async (rowsDone) => void (await db.ledgerExport.update({ where: { id: exportId }, data: { rowsDone }, select: { id: true } })),
    });
    const file = await storeGeneratedFile({
      ownerId: null,
      name: exportFileName(row),
      contentType: CSV_CONTENT_TYPE,
      body: Readable.from(chunks, { objectMode: false }),
      now,
    });
    await db.ledgerExport.updateMany({ where: { id: exportId, status: "BUILDING" }, data: { status: "READY", fileId: file.id, readyAt: new Date() } });
  } catch (error) {
    logger.error({ err: error, exportId }, "ledger export failed");
    await db.ledgerExport.updateMany({
      where: { id: exportId, status: "BUILDING" },
      data: { status: "FAILED", failureReason: "Something went wrong while preparing this export. Please ask for it again." },
    });
  }
}
