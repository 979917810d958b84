import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { storage } from "@/lib/storage";
import { canReadFile, fileAccessSelect } from "./access";
import { DOWNLOAD_URL_TTL_SECONDS } from "./limits";

// A short-lived signed link to a file's bytes (or its thumbnail), after the access check: a file the
// viewer may not read is "not found", exactly like one that does not exist.

const INLINE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"]);

export async function signedFileUrl({
  user,
  fileId,
  variant,
  inline = false,
}: {
  user: SessionUser;
  fileId: string;
  variant: "file" | "thumbnail";
  inline?: boolean;
}) {
  const file = await db.storedFile.findUnique({
    where: { id: fileId },
    select: { ...fileAccessSelect, storageKey: true, thumbnailKey: true, name: true, contentType: true },
  });
  if (file?.status !== "READY" || !(await canReadFile(user, file))) throw notFound("The file");
  if (variant === "thumbnail") {
    if (!file.thumbnailKey) throw notFound("The file's preview");
    return storage().signedDownloadUrl({
      key: file.thumbnailKey,
      fileName: `${file.name}.webp`,
      contentType: "image/webp",
      expiresInSeconds: DOWNLOAD_URL_TTL_SECONDS,
      inline: true,
    });
  }
  return storage().signedDownloadUrl({
    key: file.storageKey,
    fileName: file.name,
    contentType: file.contentType,
    expiresInSeconds: DOWNLOAD_URL_TTL_SECONDS,
    inline: inline && INLINE_TYPES.has(file.contentType),
  });
}
