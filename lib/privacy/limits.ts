// The rules of "Download my data", in one place.

/** A ready export can be downloaded for 7 days; then its bytes are deleted. */
export const EXPORT_TTL_MS = 7 * 86_400_000;

/**
 * The zip is stored in PostgreSQL (bytea) because there is no file storage service yet; this caps a
 * row's size. An export bigger than this fails with a message asking the user to write to us. Move
 * the bytes to object storage before raising it much.
 */
export const EXPORT_MAX_BYTES = 25 * 1024 * 1024;

/** Requests per user per rolling day, whatever became of them. */
export const EXPORTS_PER_DAY = 3;

/** An export still queued or building after this long is abandoned (its worker died for good): marked FAILED. */
export const EXPORT_ABANDONED_AFTER_MS = 60 * 60_000;
