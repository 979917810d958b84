import { db } from "@/lib/db";
import { removeObjects } from "./delete-file";
import { ORPHAN_AFTER_MS } from "./limits";
import { thumbnailKeyOf } from "./storage-keys";

// files.delete-orphans (periodic): files never attached within 24 h of their upload, and rejected or
// cancelled ones once their upload link has expired (no more bytes can arrive), lose their objects and
// rows. Objects go first; an object already gone is fine, so a run cut short is simply repeated.

const BATCH_SIZE = 200;
const MAX_BATCHES = 50;

export async function deleteOrphanFiles(now: Date) {
  const orphanBefore = new Date(now.getTime() - ORPHAN_AFTER_MS);
  const where = {
    OR: [
      { status: "REJECTED" as const, uploadExpiresAt: { lt: now } },
      { attachedAt: null, createdAt: { lt: orphanBefore }, uploadExpiresAt: { lt: now } },
    ],
  };
  let deleted = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const files = await db.storedFile.findMany({
      where,
      select: { id: true, storageKey: true, thumbnailKey: true },
      orderBy: { createdAt: "asc" },
      take: BATCH_SIZE,
    });
    for (const file of files) await removeObjects({ storageKey: file.storageKey, thumbnailKey: file.thumbnailKey ?? thumbnailKeyOf(file.storageKey) });
    // Attached in the meantime: kept (the condition is checked again by the delete itself).
    const { count } = await db.storedFile.deleteMany({ where: { id: { in: files.map((file) => file.id) }, ...where } });
    deleted += count;
    if (files.length < BATCH_SIZE) break;
  }
  return deleted;
}
