import { isPublicProfileSlug } from "@/lib/hire-pages/public-profile-path";
import { publicExpertProfileWhere } from "@/lib/parties/expert-profile-viewers";
import { type FileAddresses, readProfile } from "./read-profile";

/** A public profile's files are fetched through the profile's own address, which checks it is still public. */
export const publicFileAddresses = (slug: string): FileAddresses => ({
  file: (fileId) => `/api/v1/public-profiles/${slug}/files/${fileId}`,
  thumbnail: (fileId) => `/api/v1/public-profiles/${slug}/files/${fileId}?thumbnail=1`,
});

export type PublicProfile = NonNullable<Awaited<ReturnType<typeof getPublicProfile>>>;

/**
 * The public profile at /p/<slug>: only while the expert has made their profile public, is approved,
 * and their account is neither suspended nor deleted (the hiring pages' own rule). Null otherwise, and
 * for anything that is not a slug: the page is then a 404.
 */
export async function getPublicProfile(slug: string) {
  if (!isPublicProfileSlug(slug)) return null;
  const profile = await readProfile({ ...publicExpertProfileWhere, publicSlug: slug }, publicFileAddresses(slug));
  if (!profile) return null;
  // Public pages show a country, never the timezone (ExpertProfile.country).
  const { timezone: _timezone, vettingStatus: _status, isSuspended: _suspended, ...shown } = profile;
  return { ...shown, slug };
}
