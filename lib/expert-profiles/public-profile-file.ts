import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { DOWNLOAD_URL_TTL_SECONDS } from "@/lib/files/limits";
import { isPublicProfileSlug } from "@/lib/hire-pages/public-profile-path";
import { publicExpertProfileWhere } from "@/lib/parties/expert-profile-viewers";
import { storage } from "@/lib/storage";

// The photo and portfolio files of a public profile, for anyone: a short-lived signed link, given only
// while the profile is public and only for a file it shows. Anything else is a 404, like a missing file.

const INLINE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"]);

export async function publicProfileFileUrl({ slug, fileId, thumbnail }: { slug: string; fileId: string; thumbnail: boolean }) {
  if (!isPublicProfileSlug(slug)) throw notFound("The file");
  const profile = { ...publicExpertProfileWhere, publicSlug: slug };
  const file = await db.storedFile.findFirst({
    where: { id: fileId, status: "READY", OR: [{ expertPhotoOf: profile }, { portfolioItem: { expertProfile: profile } }] },
    select: { storageKey: true, thumbnailKey: true, name: true, contentType: true },
  });
  if (!file) throw notFound("The file");
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
    inline: INLINE_TYPES.has(file.contentType),
  });
}
