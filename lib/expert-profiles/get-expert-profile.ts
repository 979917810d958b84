import type { SessionUser } from "@/lib/auth/session";
import { notFound } from "@/lib/errors";
import { publicProfilePathOf } from "@/lib/hire-pages/public-profile-path";
import { viewableExpertProfileWhere } from "@/lib/parties/expert-profile-viewers";
import { readProfile } from "./read-profile";

export type ExpertProfileDetail = Awaited<ReturnType<typeof getExpertProfile>>;

/**
 * An expert's full profile for a signed-in viewer who may see it (lib/parties/expert-profile-viewers.ts):
 * a client whose company shortlisted or contracted the expert, an admin, or the expert. Anyone else: 404.
 */
export async function getExpertProfile({ user, expertProfileId }: { user: SessionUser; expertProfileId: string }) {
  const profile = await readProfile({ id: expertProfileId, ...viewableExpertProfileWhere(user) });
  if (!profile) throw notFound("Expert profile");
  const { publicSlug, ...shown } = profile;
  const isSelf = user.expertProfileId === profile.id;
  return {
    ...shown,
    // The expert's own address, for them to share; nobody else is told where it is.
    publicProfilePath: isSelf && profile.isPublic && publicSlug ? publicProfilePathOf(publicSlug) : null,
    viewer: { isSelf, isAdmin: user.role === "ADMIN" },
  };
}
