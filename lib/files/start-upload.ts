import { Prisma } from "@/generated/prisma/client";
import type { FilePurpose } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { storage } from "@/lib/storage";
import { ALLOWED_KINDS, acceptedList, claimedKind, FILE_KINDS } from "./content-types";
import { sanitizeFileName } from "./file-name";
import { formatBytes } from "./format-bytes";
import { fileLimits, UPLOAD_URL_TTL_SECONDS } from "./limits";
import { toUploadedFile, uploadedFileSelect } from "./serialize";
import { newUploadKey } from "./storage-keys";
import { storageUsageOf } from "./usage";

// The first half of an upload: checks what the browser declares (size, kind, quota, uploads in
// progress), records a PENDING file and returns a signed URL the browser sends the bytes to. The
// declared facts are checked again on the bytes themselves when the upload completes.

export type StartUploadOptions = { user: SessionUser; purpose: FilePurpose; name: string; size: number; contentType: string; now: Date };

function checkDeclared({ purpose, name, size, contentType }: Pick<StartUploadOptions, "purpose" | "name" | "size" | "contentType">) {
  const { maxBytes } = fileLimits();
  if (size === 0) throw new AppError("VALIDATION_FAILED", "The file is empty.", { fields: { size: ["The file is empty."] } });
  if (size > maxBytes) {
    throw new AppError("PAYLOAD_TOO_LARGE", `“${name}” is ${formatBytes(size)}; files can be at most ${formatBytes(maxBytes)}.`);
  }
  const kind = claimedKind(name, contentType);
  if (!kind || !ALLOWED_KINDS[purpose].includes(kind)) {
    const message = `“${name}” is not a file type accepted here. Accepted: ${acceptedList(purpose)}.`;
    throw new AppError("VALIDATION_FAILED", message, { fields: { name: [message] } });
  }
  return FILE_KINDS[kind];
}

/** One user's uploads start one at a time, so the quota and the cap on uploads in progress hold under concurrency. */
async function lockOwner(tx: Prisma.TransactionClient, ownerId: string) {
  await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`stored-files:${ownerId}`}, 0))`);
}

export async function startUpload(options: StartUploadOptions) {
  const { user, purpose, size, now } = options;
  const name = sanitizeFileName(options.name);
  const kind = checkDeclared({ ...options, name });
  const { quotaBytes, maxPendingUploads } = fileLimits();
  const storageKey = newUploadKey();
  const expiresAt = new Date(now.getTime() + UPLOAD_URL_TTL_SECONDS * 1000);
  const assertRoom = ({ pending, usedBytes }: { pending: number; usedBytes: number }) => {
    if (pending >= maxPendingUploads) {
      throw new AppError("RATE_LIMITED", `You already have ${pending} uploads in progress. Wait for them to finish, then add more files.`, {
        retryAfterSeconds: 30,
      });
    }
    if (usedBytes + size > quotaBytes) {
      const message = `Your files use ${formatBytes(usedBytes)} of your ${formatBytes(quotaBytes)} storage, so “${name}” (${formatBytes(size)}) does not fit. Delete files you no longer need first.`;
      throw new AppError("VALIDATION_FAILED", message, { fields: { size: [message] } });
    }
  };
  // Checked first without the lock, so that a burst beyond the cap is refused without queueing for it.
  assertRoom(await storageUsageOf(db, user.id, now));
  const file = await db.$transaction(async (tx) => {
    await lockOwner(tx, user.id);
    assertRoom(await storageUsageOf(tx, user.id, now));
    return tx.storedFile.create({
      data: { ownerId: user.id, purpose, storageKey, name, contentType: kind.mime, size, uploadExpiresAt: expiresAt, createdAt: now },
      select: uploadedFileSelect,
    });
  });
  const upload = await storage().createUpload({ key: storageKey, contentType: kind.mime, maxBytes: size, expiresAt });
  return { file: toUploadedFile(file), upload };
}
