import type { SessionUser } from "@/lib/auth/session";
import { db, type Transaction } from "@/lib/db";
import { attachFiles } from "@/lib/files/attach-files";
import { ATTACHED_FILES } from "@/lib/files/attached-files";
import { toFileSummary } from "@/lib/files/serialize";

// The files of a request's brief (a spec, mockups). Set while it is a draft, in the transaction that
// saves the draft: the ids sent are the whole list, so a file left out is taken off the request and,
// no longer attached to anything, removed by the orphan job like any unused upload.

/** Makes the draft's attachments exactly `fileIds`: new ones are attached (the sender's own, ready, unused), missing ones detached. */
export async function setBriefFiles(tx: Transaction, options: { user: SessionUser; requestId: string; fileIds: readonly string[]; now: Date }) {
  const { user, requestId, fileIds, now } = options;
  const current = await tx.storedFile.findMany({ where: { requestId }, select: { id: true } });
  const currentIds = new Set(current.map((file) => file.id));
  const removed = [...currentIds].filter((id) => !fileIds.includes(id));
  const added = fileIds.filter((id) => !currentIds.has(id));
  if (removed.length) await tx.storedFile.updateMany({ where: { id: { in: removed }, requestId }, data: { requestId: null, attachedAt: null } });
  if (added.length) await attachFiles(tx, { user, fileIds: [...added], purpose: "REQUEST_BRIEF", attach: { requestId }, now });
}

/** The brief's files as every reader sees them. Callers have checked that the viewer may read the request. */
export async function briefFilesOf(requestId: string) {
  const rows = await db.storedFile.findMany({ where: { requestId }, ...ATTACHED_FILES });
  return rows.map(toFileSummary);
}
