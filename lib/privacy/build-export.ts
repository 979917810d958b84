import { strToU8, zipSync } from "fflate";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { notifyUsers } from "@/lib/notifications/notify";
import { EXPORT_SECTIONS, readmeText } from "./export-sections";
import { EXPORT_MAX_BYTES, EXPORT_TTL_MS } from "./limits";

/**
 * The worker's job: builds the export's zip section by section, saving progress after each, then
 * stores it (status READY, expiring in 7 days) and tells the user in the app and by email. A rerun
 * after a crash starts over; a finished or abandoned export is left alone. A failure to build marks
 * the export FAILED with a reason the user can read (they may ask again) instead of retrying.
 */
export async function buildDataExport({ exportId, now }: { exportId: string; now: Date }) {
  const started = await db.dataExport.updateMany({
    where: { id: exportId, status: { in: ["QUEUED", "BUILDING"] } },
    data: { status: "BUILDING", sectionsDone: 0, sectionsTotal: EXPORT_SECTIONS.length, startedAt: now },
  });
  if (!started.count) return;
  const found = await db.dataExport.findUnique({ where: { id: exportId }, select: { user: { select: { id: true, email: true, name: true } } } });
  if (!found) return; // its owner deleted their account meanwhile
  const { user } = found;
  try {
    const files: Record<string, Uint8Array> = {};
    for (const [index, section] of EXPORT_SECTIONS.entries()) {
      files[section.file] = strToU8(`${JSON.stringify(await section.collect({ userId: user.id, email: user.email }), jsonValue, 2)}\n`);
      await db.dataExport.update({ where: { id: exportId }, data: { sectionsDone: index + 1 }, select: { id: true } });
    }
    files["README.txt"] = strToU8(readmeText({ name: user.name, createdAt: now }));
    const zip = zipSync(files, { level: 6 });
    if (zip.byteLength > EXPORT_MAX_BYTES) {
      await markFailed(exportId, "Your data is larger than an export can hold here. Write to privacy@vetted.test and we will send it another way.");
      return;
    }
    await finish(exportId, user.id, zip, now);
  } catch (error) {
    logger.error({ err: error, exportId }, "data export failed");
    await markFailed(exportId, "Something went wrong while preparing your export. Please ask for a new one.");
  }
}

async function finish(exportId: string, userId: string, zip: Uint8Array, readyAt: Date) {
  const expiresAt = new Date(readyAt.getTime() + EXPORT_TTL_MS);
  await db.$transaction(async (tx) => {
    const done = await tx.dataExport.updateMany({
      where: { id: exportId, status: "BUILDING" },
      data: { status: "READY", zip: new Uint8Array(zip), sizeBytes: zip.byteLength, readyAt, expiresAt },
    });
    if (!done.count) return;
    await notifyUsers(tx, [userId], {
      kind: "privacy.export-ready",
      title: "Your data export is ready",
      body: `The copy of your data you asked for is ready to download from Settings → Privacy until ${expiresAt.toUTCString()}. Only you can download it, while signed in.`,
      link: "/settings/privacy",
      dedupeKey: `data-export-ready:${exportId}`,
    });
  });
}

const markFailed = (exportId: string, failureReason: string) =>
  db.dataExport.updateMany({ where: { id: exportId, status: "BUILDING" }, data: { status: "FAILED", failureReason } });

/** BigInt (message seq) and Uint8Array have no JSON form of their own. */
function jsonValue(_key: string, value: unknown) {
  return typeof value === "bigint" ? value.toString() : value;
}
