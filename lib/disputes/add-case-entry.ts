import type { DisputeEntryKind, DisputeSide } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import type { Transaction } from "@/lib/db";
import { attachFiles } from "@/lib/files/attach-files";

/** A side's statement or evidence on a case, with its files attached in the same transaction. */
export async function addCaseEntry(
  tx: Transaction,
  entry: {
    disputeId: string;
    kind: DisputeEntryKind;
    side: DisputeSide;
    user: SessionUser;
    text: string;
    links: readonly string[];
    fileIds: readonly string[];
    now: Date;
  },
) {
  const { user, now } = entry;
  const created = await tx.disputeEntry.create({
    data: { disputeId: entry.disputeId, kind: entry.kind, side: entry.side, authorId: user.id, text: entry.text, links: [...entry.links], createdAt: now },
    select: { id: true },
  });
  await attachFiles(tx, { user, fileIds: entry.fileIds, purpose: "DISPUTE_EVIDENCE", attach: { disputeEntryId: created.id }, now });
  return created.id;
}
