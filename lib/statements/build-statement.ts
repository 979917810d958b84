import { db } from "@/lib/db";
import { CSV_CONTENT_TYPE } from "@/lib/documents/csv";
import { storeGeneratedFile } from "@/lib/files/store-generated-file";
import { logger } from "@/lib/logger";
import { statementCsv } from "./statement-csv";
import { readStatementData, statementFingerprint } from "./statement-data";
import { statementPdf } from "./statement-pdf";

/**
 * The worker's job: reads the month from the ledger, writes the PDF and the CSV to file storage (owned
 * by the expert), and marks the statement READY with the fingerprint of what it shows. A rerun after a
 * crash starts over (files of a crashed run stay unnamed by any row); a ready or failed one is left
 * alone. A failure marks it FAILED with a reason the expert can read, and they may ask again.
 */
export async function buildStatement({ statementId, now }: { statementId: string; now: Date }) {
  const started = await db.earningsStatement.updateMany({
    where: { id: statementId, status: { in: ["QUEUED", "BUILDING"] } },
    data: { status: "BUILDING", startedAt: now },
  });
  if (!started.count) return;
  const statement = await db.earningsStatement.findUnique({
    where: { id: statementId },
    select: { month: true, expertProfileId: true, expertProfile: { select: { user: { select: { id: true, name: true, email: true } } } } },
  });
  if (!statement) return; // the expert deleted their account meanwhile
  const { user } = statement.expertProfile;
  try {
    const data = await readStatementData(statement.expertProfileId, statement.month);
    const baseName = `vetted-earnings-statement-${statement.month}`;
    const pdf = await storeGeneratedFile({
      ownerId: user.id,
      name: `${baseName}.pdf`,
      contentType: "application/pdf",
      body: Buffer.from(await statementPdf(data, user, now)),
      now,
    });
    const csv = await storeGeneratedFile({
      ownerId: user.id,
      name: `${baseName}.csv`,
      contentType: CSV_CONTENT_TYPE,
      body: Buffer.from(statementCsv(data), "utf8"),
      now,
    });
    await db.earningsStatement.updateMany({
      where: { id: statementId, status: "BUILDING" },
      data: { status: "READY", pdfFileId: pdf.id, csvFileId: csv.id, fingerprint: statementFingerprint(data), readyAt: new Date() },
    });
  } catch (error) {
    logger.error({ err: error, statementId }, "earnings statement failed");
    await db.earningsStatement.updateMany({
      where: { id: statementId, status: "BUILDING" },
      data: { status: "FAILED", failureReason: "Something went wrong while preparing this statement. Please ask for it again." },
    });
  }
}
