import { z } from "zod";
import { isPublicProfilePath } from "./public-profile-path";
import { isHirePageSlug } from "./slug";

// What one app instance tells every other (and itself) through PostgreSQL: these public pages (/hire/
// pages and public profiles, /p/<slug>) now show something else. The payload is a list of paths; NOTIFY caps a payload at 8,000 bytes, so a long list
// goes out as several notifications.

export const HIRE_PAGES_CHANNEL = "hire_pages";

/** Under NOTIFY's 8,000-byte cap with room to spare. */
export const MAX_PAYLOAD_BYTES = 7_500;

const HIRE_PATH_PREFIX = "/hire/";

export const hirePagePathOf = (slug: string) => `${HIRE_PATH_PREFIX}${slug}`;

/** `/hire/<slug>` and nothing else: a notification can only ever make an instance request its own hiring pages. */
export function isHirePagePath(path: string): boolean {
  return path.startsWith(HIRE_PATH_PREFIX) && isHirePageSlug(path.slice(HIRE_PATH_PREFIX.length));
}

/** A hiring page or a public profile: the only pages a notification can make an instance request. */
export const isAnnouncedPagePath = (path: string) => isHirePagePath(path) || isPublicProfilePath(path);

const payloadSchema = z.object({ paths: z.array(z.string()) });

/** The payloads announcing `paths`, each under the size cap; paths that are not announced pages are left out. */
export function changePayloads(paths: Iterable<string>): string[] {
  const payloads: string[] = [];
  let chunk: string[] = [];
  const encode = (list: string[]) => JSON.stringify({ paths: list });
  for (const path of new Set(paths)) {
    if (!isAnnouncedPagePath(path)) continue;
    if (chunk.length && Buffer.byteLength(encode([...chunk, path])) > MAX_PAYLOAD_BYTES) {
      payloads.push(encode(chunk));
      chunk = [];
    }
    chunk.push(path);
  }
  if (chunk.length) payloads.push(encode(chunk));
  return payloads;
}

/** The announced page paths a payload names; null for a payload that is not one of ours. */
export function parseChangePayload(payload: string): string[] | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  return parsed.success ? parsed.data.paths.filter(isAnnouncedPagePath) : null;
}
