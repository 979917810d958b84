import type { Transaction } from "@/lib/db";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { removeObjects } from "./delete-file";

// Account deletion takes the person's uploads with it, objects included. Inside the deletion's
// transaction the files become REJECTED (unreadable at once, and files.delete-orphans' to delete);
// after it commits they are deleted straight away, and what fails then is left to the job.
// Documents the worker generated (invoices, statements) are accounting records and stay.

export const ACCOUNT_DELETED_REASON = "The account was deleted.";

export async function markUserFilesErased(tx: Transaction, userId: string, now: Date) {
  const files = await tx.storedFile.findMany({ where: { ownerId: userId, purpose: { not: "DOCUMENT" } }, select: { id: true } });
  const ids = files.map((file) => file.id);
  if (ids.length) {
    await tx.storedFile.updateMany({ where: { id: { in: ids } }, data: { status: "REJECTED", rejectedReason: ACCOUNT_DELETED_REASON, uploadExpiresAt: now } });
  }
  return ids;
}

export async function deleteErasedFiles(ids: readonly string[]) {
  for (const file of await db.storedFile.findMany({
    where: { id: { in: [...ids] }, status: "REJECTED" },
    select: { id: true, storageKey: true, thumbnailKey: true },
  })) {
    try {
      await removeObjects(file);
      await db.storedFile.delete({ where: { id: file.id } });
    } catch (error) {
      logger.warn({ err: error, fileId: file.id }, "an erased file's object was not deleted yet; files.delete-orphans will retry");
    }
  }
}
