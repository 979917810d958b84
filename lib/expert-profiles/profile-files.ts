import type { Transaction } from "@/lib/db";
import { removeObjects } from "@/lib/files/delete-file";
import { logger } from "@/lib/logger";

// Files that leave a profile (a replaced photo, a portfolio item's removed files): their rows go inside
// the change's transaction, their objects once it committed. An object that cannot be deleted is only
// logged: its row is gone, so nobody can reach it any more.

export type DroppedFile = { storageKey: string; thumbnailKey: string | null };

export async function dropFileRows(tx: Transaction, fileIds: readonly string[]): Promise<DroppedFile[]> {
  if (!fileIds.length) return [];
  const files = await tx.storedFile.findMany({ where: { id: { in: [...fileIds] } }, select: { storageKey: true, thumbnailKey: true } });
  await tx.storedFile.deleteMany({ where: { id: { in: [...fileIds] } } });
  return files;
}

export async function removeDroppedObjects(files: readonly DroppedFile[]): Promise<void> {
  for (const file of files) {
    await removeObjects(file).catch((error: unknown) => logger.warn({ err: error }, "could not delete a removed profile file's object"));
  }
}
