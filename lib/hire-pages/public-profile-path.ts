import { createHash, randomBytes } from "node:crypto";

// The public profile page of an expert who made their profile public: /p/<slug>. It is a public page
// like the hiring pages (cached, regenerated on announced changes), so its address lives in this room.

const PUBLIC_PROFILE_PREFIX = "/p/";
const MAX_NAME_PART = 40;
const SUFFIX_LENGTH = 6;
export const MAX_PUBLIC_SLUG_LENGTH = MAX_NAME_PART + 1 + SUFFIX_LENGTH;

const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const publicProfilePathOf = (slug: string) => `${PUBLIC_PROFILE_PREFIX}${slug}`;

export function isPublicProfileSlug(slug: unknown): slug is string {
  return typeof slug === "string" && slug.length <= MAX_PUBLIC_SLUG_LENGTH && SLUG_SHAPE.test(slug);
}

export function isPublicProfilePath(path: string): boolean {
  return path.startsWith(PUBLIC_PROFILE_PREFIX) && isPublicProfileSlug(path.slice(PUBLIC_PROFILE_PREFIX.length));
}

/** "Ada Lovelace" → "ada-lovelace"; accents dropped, anything else a hyphen; "expert" when nothing is left. */
function namePart(name: string): string {
  const ascii = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const part = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_NAME_PART)
    .replace(/^-+|-+$/g, "");
  return part || "expert";
}

/**
 * A new public address for an expert: their name and 6 random characters, so two experts of the same
 * name never collide in practice and an address cannot be guessed from a name alone.
 */
export function newPublicProfileSlug(name: string): string {
  const suffix = Array.from(randomBytes(SUFFIX_LENGTH), (byte) => (byte % 36).toString(36)).join("");
  return `${namePart(name)}-${suffix}`;
}

/** The seed's addresses: the same on every run. */
export function seededPublicProfileSlug(name: string, key: string): string {
  return `${namePart(name)}-${createHash("sha256").update(key).digest("hex").slice(0, SUFFIX_LENGTH)}`;
}
