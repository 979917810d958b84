import type { Transaction } from "@/lib/db";

/**
 * Account deletion: an expert's statements go with their account. They name the expert, and they are
 * copies: the ledger, transfers and payouts they were made from are kept (pseudonymised) for
 * accounting, and admins export those. Unlike receipts, which are the company's records, nobody else
 * needs them. The rows go in the deletion's transaction and their files become REJECTED (unreadable
 * at once); the caller deletes those files after commit, as it does the account's uploads, and the
 * orphan job deletes whatever that misses. Returns the files' ids.
 */
export async function deleteStatementsOf(tx: Transaction, userId: string, now: Date): Promise<string[]> {
  const statements = await tx.earningsStatement.findMany({ where: { expertProfile: { userId } }, select: { id: true, pdfFileId: true, csvFileId: true } });
  if (!statements.length) return [];
  const fileIds = statements.flatMap((statement) => [statement.pdfFileId, statement.csvFileId]).filter((id): id is string => id !== null);
  await tx.earningsStatement.deleteMany({ where: { id: { in: statements.map((statement) => statement.id) } } });
  await tx.storedFile.updateMany({
    where: { id: { in: fileIds } },
    data: { status: "REJECTED", rejectedReason: "The account was deleted.", uploadExpiresAt: now, attachedAt: null, ownerId: null },
  });
  return fileIds;
}
