import type { Readable } from "node:stream";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage";
import { sanitizeFileName } from "./file-name";
import { newDocumentKey } from "./storage-keys";

// A file the worker made (an invoice PDF, a statement CSV): stored, then recorded as READY and
// attached at once (its document row points at it), so it is never taken for an orphan. The object
// is written before the row: a crash in between leaves an object no row names, never a row without bytes.

export async function storeGeneratedFile({
  ownerId,
  purpose = "DOCUMENT",
  name,
  contentType,
  body,
  now = new Date(),
}: {
  ownerId: string | null;
  purpose?: "DOCUMENT";
  name: string;
  contentType: string;
  body: Buffer | Readable;
  now?: Date;
}) {
  const storageKey = newDocumentKey();
  await storage().putObject(storageKey, body, contentType);
  const stat = await storage().stat(storageKey);
  return db.storedFile.create({
    data: {
      ownerId,
      purpose,
      status: "READY",
      storageKey,
      name: sanitizeFileName(name),
      contentType,
      size: stat?.size ?? 0,
      uploadExpiresAt: now,
      createdAt: now,
      uploadedAt: now,
      attachedAt: now,
    },
    select: { id: true, name: true, size: true, contentType: true, thumbnailKey: true, storageKey: true },
  });
}
