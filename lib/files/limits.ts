import { env } from "@/lib/env";

// The upload limits, from the environment (lib/storage/config.ts), and how long links live.

export const UPLOAD_URL_TTL_SECONDS = 15 * 60;
export const DOWNLOAD_URL_TTL_SECONDS = 5 * 60;
/** A file not attached to anything this long after it was created is an orphan (files.delete-orphans). */
export const ORPHAN_AFTER_MS = 24 * 60 * 60 * 1000;
/** Bytes read from the start of a file to recognise its type by its magic bytes. */
export const SNIFF_BYTES = 64 * 1024;

export function fileLimits() {
  const settings = env();
  return { maxBytes: settings.FILE_MAX_BYTES, quotaBytes: settings.FILE_QUOTA_BYTES, maxPendingUploads: settings.FILE_MAX_PENDING_UPLOADS };
}
