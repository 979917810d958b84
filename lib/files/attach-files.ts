import type { FilePurpose } from "@/generated/prisma/enums";
import type { Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";

// Attaching uploaded files to the thing they belong to, inside the caller's transaction: every file
// must be the user's own, READY, not attached yet and uploaded for this purpose. The update is
// conditional, so a file can never end up attached twice (two concurrent sends: one wins, the other
// gets a 422 and its transaction rolls back).

/** The attachment columns of stored_files: each place files appear adds its own, e.g. "messageId". */
export type FileAttachmentColumn = "messageId" | "milestoneSubmissionId" | "requestId" | "portfolioItemId" | "disputeEntryId";
export type FileAttachment = { [Column in FileAttachmentColumn]?: string };

const MAX_FILES_PER_ATTACH = 20;

const problem = (message: string) => new AppError("VALIDATION_FAILED", message, { fields: { fileIds: [message] } });

export async function attachFiles(
  tx: Transaction,
  { user, fileIds, purpose, attach, now }: { user: SessionUser; fileIds: readonly string[]; purpose: FilePurpose; attach: FileAttachment; now: Date },
) {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return [];
  if (ids.length > MAX_FILES_PER_ATTACH) throw problem(`Attach at most ${MAX_FILES_PER_ATTACH} files at once.`);
  const files = await tx.storedFile.findMany({
    where: { id: { in: ids }, ownerId: user.id },
    select: { id: true, name: true, status: true, purpose: true, attachedAt: true },
  });
  for (const id of ids) {
    const file = files.find((candidate) => candidate.id === id);
    if (!file) throw problem("One of the files was not found: upload it again.");
    if (file.status !== "READY") throw problem(`“${file.name}” has not finished uploading${file.status === "REJECTED" ? " (it was rejected)" : ""}.`);
    if (file.purpose !== purpose) throw problem(`“${file.name}” was uploaded for somewhere else: upload it again here.`);
    if (file.attachedAt) throw problem(`“${file.name}” is already attached elsewhere: upload it again here.`);
  }
  const { count } = await tx.storedFile.updateMany({
    where: { id: { in: ids }, ownerId: user.id, status: "READY", purpose, attachedAt: null },
    data: { ...attach, attachedAt: now },
  });
  if (count !== ids.length) throw problem("One of the files was attached elsewhere at the same moment: upload it again here.");
  return ids;
}
