import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { canReadFile, fileAccessSelect } from "./access";
import { signStoredFile } from "./sign-stored-file";

// A short-lived signed link to a file's bytes (or its thumbnail), after the access check: a file the
// viewer may not read is "not found", exactly like one that does not exist.

export async function signedFileUrl({
  user,
  fileId,
  variant,
  inline = false,
}: {
  user: SessionUser;
  fileId: string;
  variant: "file" | "thumbnail";
  inline?: boolean;
}) {
  const file = await db.storedFile.findUnique({
    where: { id: fileId },
    select: { ...fileAccessSelect, storageKey: true, thumbnailKey: true, name: true, contentType: true },
  });
  if (file?.status !== "READY" || !(await canReadFile(user, file))) throw notFound("The file");
  if (variant === "thumbnail" && !file.thumbnailKey) throw notFound("The file's preview");
  return signStoredFile(file, { thumbnail: variant === "thumbnail", inline });
}
