import { storage } from "@/lib/storage";
import { DOWNLOAD_URL_TTL_SECONDS } from "./limits";

const INLINE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"]);

type SignableFile = { storageKey: string; thumbnailKey: string | null; name: string; contentType: string };

/**
 * A short-lived signed link to a stored file's bytes, or to its WebP preview when it has one. Only
 * images and PDFs open in the browser; anything else downloads. The caller has checked access.
 */
export function signStoredFile(file: SignableFile, { thumbnail, inline }: { thumbnail: boolean; inline: boolean }) {
  if (thumbnail && file.thumbnailKey) {
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
