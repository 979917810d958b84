import type { Transaction } from "@/lib/db";

/**
 * Account deletion: an expert's statements go with their account. They name the expert, and they are
 * copies: the ledger, transfers and payouts they were made from are kept (pseudonymised) for
 * accounting, and admins export those. The rows go in the deletion's transaction; their files are
 * detached and disowned, so the orphan job deletes them, objects included, like any unattached file.
 */
export async function deleteStatementsOf(tx: Transaction, userId: string) {
  const statements = await tx.earningsStatement.findMany({ where: { expertProfile: { userId } }, select: { id: true, pdfFileId: true, csvFileId: true } });
  if (!statements.length) return;
  const fileIds = statements.flatMap((statement) => [statement.pdfFileId, statement.csvFileId]).filter((id): id is string => id !== null);
  await tx.earningsStatement.deleteMany({ where: { id: { in: statements.map((statement) => statement.id) } } });
  await tx.storedFile.updateMany({ where: { id: { in: fileIds } }, data: { attachedAt: null, ownerId: null } });
}
