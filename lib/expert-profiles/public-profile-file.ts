import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { signStoredFile } from "@/lib/files/sign-stored-file";
import { isPublicProfileSlug } from "@/lib/hire-pages/public-profile-path";
import { publicExpertProfileWhere } from "@/lib/parties/expert-profile-viewers";

// The photo and portfolio files of a public profile, for anyone: a short-lived signed link, given only
// while the profile is public and only for a file it shows. Anything else is a 404, like a missing file.

export async function publicProfileFileUrl({ slug, fileId, thumbnail }: { slug: string; fileId: string; thumbnail: boolean }) {
  if (!isPublicProfileSlug(slug)) throw notFound("The file");
  const profile = { ...publicExpertProfileWhere, publicSlug: slug };
  const file = await db.storedFile.findFirst({
    where: { id: fileId, status: "READY", OR: [{ expertPhotoOf: profile }, { portfolioItem: { expertProfile: profile } }] },
    select: { storageKey: true, thumbnailKey: true, name: true, contentType: true },
  });
  if (!file) throw notFound("The file");
  return signStoredFile(file, { thumbnail, inline: true });
}
