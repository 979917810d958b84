import type { FilePurpose } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { SessionUser } from "@/lib/sessions/session-user";
import { storage } from "@/lib/storage";
import { FILE_KINDS } from "./content-types";
import { withExtension } from "./file-name";
import { formatBytes } from "./format-bytes";
import { inspectUpload } from "./inspect-upload";
import { fileLimits } from "./limits";
import { toUploadedFile, uploadedFileSelect } from "./serialize";
import { thumbnailKeyOf } from "./storage-keys";
import { createThumbnail } from "./thumbnail";

// The second half of an upload, once the browser has sent the bytes: the bytes are checked (size,
// type by magic bytes, an image that decodes) and the file becomes READY, or REJECTED with the reason
// shown to the uploader and its object deleted. Completing twice answers the same outcome again.

type PendingFile = {
  id: string;
  storageKey: string;
  name: string;
  contentType: string;
  size: number;
  purpose: FilePurpose;
  uploadExpiresAt: Date;
};

const rejection = (reason: string) => new AppError("VALIDATION_FAILED", reason, { fields: { file: [reason] } });

/** Marks the file REJECTED and deletes its object, unless a concurrent completion decided first. */
async function reject(file: PendingFile, reason: string) {
  const { count } = await db.storedFile.updateMany({ where: { id: file.id, status: "PENDING" }, data: { status: "REJECTED", rejectedReason: reason } });
  if (count === 1) {
    await storage().deleteObject(file.storageKey);
    await storage().deleteObject(thumbnailKeyOf(file.storageKey));
  }
}

/** Why the bytes cannot be kept, or the facts of a file that can. */
async function check(file: PendingFile, now: Date) {
  if (now > file.uploadExpiresAt) return { reason: "The upload took longer than its link allows. Add the file again." };
  const stat = await storage().stat(file.storageKey);
  if (!stat) throw new AppError("CONFLICT", `“${file.name}” has not arrived yet: send its bytes to the upload URL first.`);
  if (stat.size === 0) return { reason: "The file is empty." };
  const { maxBytes } = fileLimits();
  if (stat.size > maxBytes || stat.size > file.size) return { reason: `The file is larger than ${formatBytes(Math.min(maxBytes, file.size))}.` };
  const inspection = await inspectUpload({ key: file.storageKey, size: stat.size, name: file.name, declaredType: file.contentType, purpose: file.purpose });
  if (!inspection.ok) return { reason: inspection.reason };
  const kind = FILE_KINDS[inspection.kind];
  const facts = { size: stat.size, contentType: kind.mime, name: file.contentType === kind.mime ? file.name : withExtension(file.name, kind.extension) };
  if (!kind.isImage) return { facts };
  try {
    return { facts: { ...facts, ...(await createThumbnail(file.storageKey)) } };
  } catch (error) {
    logger.info({ err: error, fileId: file.id }, "uploaded image did not decode");
    return { reason: "This image could not be read: it may be damaged or incomplete." };
  }
}

export async function completeUpload({ user, fileId, now }: { user: SessionUser; fileId: string; now: Date }) {
  const file = await db.storedFile.findFirst({
    where: { id: fileId, ownerId: user.id },
    select: { ...uploadedFileSelect, storageKey: true, purpose: true, uploadExpiresAt: true },
  });
  if (!file) throw notFound("The file");
  if (file.status === "REJECTED") throw rejection(file.rejectedReason ?? "The file was rejected.");
  if (file.status === "READY") return { file: toUploadedFile(file) };
  const outcome = await check(file, now);
  if (outcome.reason !== undefined) await reject(file, outcome.reason);
  else await db.storedFile.updateMany({ where: { id: file.id, status: "PENDING" }, data: { ...outcome.facts, status: "READY", uploadedAt: now } });
  const decided = await db.storedFile.findUniqueOrThrow({ where: { id: file.id }, select: uploadedFileSelect });
  if (decided.status !== "READY") throw rejection(decided.rejectedReason ?? "The file was rejected.");
  return { file: toUploadedFile(decided) };
}
