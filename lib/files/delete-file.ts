import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { storage } from "@/lib/storage";

// The uploader removes a file that is not attached to anything yet (a cancelled upload, a file taken
// off a draft). Attached files go with what they are attached to. An upload still in progress is
// marked REJECTED rather than forgotten: its link stays valid until it expires, so bytes may still
// arrive, and files.delete-orphans deletes the object (again) and the row once the link has expired.

export const CANCELLED_REASON = "The upload was cancelled.";

export async function deleteFile({ user, fileId, now }: { user: SessionUser; fileId: string; now: Date }) {
  const file = await db.storedFile.findFirst({
    where: { id: fileId, ownerId: user.id },
    select: { id: true, status: true, storageKey: true, thumbnailKey: true, attachedAt: true, uploadExpiresAt: true },
  });
  if (!file) throw notFound("The file");
  if (file.attachedAt) throw conflict("This file is attached and can no longer be deleted on its own.");
  const isUploadOpen = file.status !== "READY" && file.uploadExpiresAt > now;
  const { count } = isUploadOpen
    ? await db.storedFile.updateMany({ where: { id: file.id, attachedAt: null }, data: { status: "REJECTED", rejectedReason: CANCELLED_REASON } })
    : await db.storedFile.deleteMany({ where: { id: file.id, attachedAt: null } });
  if (count === 0) throw conflict("This file was just attached and can no longer be deleted on its own.");
  await removeObjects(file);
}

/** Deletes a file's object and preview; one already gone is fine. */
export async function removeObjects(file: { storageKey: string; thumbnailKey: string | null }) {
  await storage().deleteObject(file.storageKey);
  if (file.thumbnailKey) await storage().deleteObject(file.thumbnailKey);
}
