import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { attachFiles } from "@/lib/files/attach-files";
import { announceProfileChange, lockOwnProfile } from "./own-profile";
import { dropFileRows, removeDroppedObjects } from "./profile-files";
import { photoOf } from "./read-profile";

// The expert's profile photo: an uploaded PROFILE_PHOTO image (the files room checks it is an image, by
// its bytes). A new photo replaces the old one, whose file is deleted.

export async function setProfilePhoto({ user, fileId, now }: { user: SessionUser; fileId: string; now: Date }) {
  const { dropped, photo } = await db.$transaction(async (tx) => {
    const profile = await lockOwnProfile(tx, user);
    const { photoFileId: previous } = await tx.expertProfile.findUniqueOrThrow({ where: { id: profile.id }, select: { photoFileId: true } });
    if (previous === fileId)
      return { dropped: [], photo: await tx.storedFile.findUniqueOrThrow({ where: { id: fileId }, select: { id: true, thumbnailKey: true } }) };
    await attachFiles(tx, { user, fileIds: [fileId], purpose: "PROFILE_PHOTO", attach: {}, now });
    await tx.expertProfile.update({ where: { id: profile.id }, data: { photoFileId: fileId } });
    const photo = await tx.storedFile.findUniqueOrThrow({ where: { id: fileId }, select: { id: true, thumbnailKey: true } });
    return { dropped: previous ? await dropFileRows(tx, [previous]) : [], photo };
  });
  await removeDroppedObjects(dropped);
  await announceProfileChange(user.id);
  return { photo: photoOf(photo.id, photo.thumbnailKey !== null) };
}

export async function removeProfilePhoto({ user }: { user: SessionUser }) {
  const dropped = await db.$transaction(async (tx) => {
    const profile = await lockOwnProfile(tx, user);
    const { photoFileId } = await tx.expertProfile.findUniqueOrThrow({ where: { id: profile.id }, select: { photoFileId: true } });
    if (!photoFileId) return [];
    await tx.expertProfile.update({ where: { id: profile.id }, data: { photoFileId: null } });
    return dropFileRows(tx, [photoFileId]);
  });
  await removeDroppedObjects(dropped);
  await announceProfileChange(user.id);
  return { photo: null };
}

/** The caller's own photo addresses, or null. */
export async function getOwnPhoto(user: SessionUser) {
  const profile = await db.expertProfile.findUnique({ where: { userId: user.id }, select: { photo: { select: { id: true, thumbnailKey: true } } } });
  return profile?.photo ? photoOf(profile.photo.id, profile.photo.thumbnailKey !== null) : null;
}
