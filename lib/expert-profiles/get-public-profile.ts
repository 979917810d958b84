import { isPublicProfileSlug } from "@/lib/hire-pages/public-profile-path";
import { readProfile } from "./read-profile";

export type PublicProfile = NonNullable<Awaited<ReturnType<typeof getPublicProfile>>>;

/**
 * The public profile at /p/<slug>: only while the expert has made their profile public, is approved,
 * and their account is neither suspended nor deleted (the hiring pages' own rule). Null otherwise, and
 * for anything that is not a slug: the page is then a 404.
 */
export async function getPublicProfile(slug: string) {
  if (!isPublicProfileSlug(slug)) return null;
  const profile = await readProfile({
    publicSlug: slug,
    publicProfile: true,
    vettingStatus: "APPROVED",
    user: { suspendedAt: null, deletedAt: null },
  });
  if (!profile) return null;
  // Public pages show a country, never the timezone (ExpertProfile.country).
  const { timezone: _timezone, vettingStatus: _status, isSuspended: _suspended, ...shown } = profile;
  return { ...shown, slug };
}
