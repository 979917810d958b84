import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/sessions/session-user";
import { canReadCompanyMoneyDocuments } from "./access";
import { invoiceDownloadPath, invoiceTitle } from "./names";

export type MilestoneDocument = { id: string; title: string; number: string; downloadUrl: string | null };

/**
 * The receipts and credit notes of a contract's milestones, by milestone id, for the contract page:
 * empty for viewers who may not see the company's money documents (experts, hiring managers, viewers).
 */
export async function milestoneDocuments(user: SessionUser, contract: { id: string; companyId: string }): Promise<Map<string, MilestoneDocument[]>> {
  const byMilestone = new Map<string, MilestoneDocument[]>();
  if (!canReadCompanyMoneyDocuments(user, contract.companyId)) return byMilestone;
  const rows = await db.invoice.findMany({
    where: { contractId: contract.id, companyId: contract.companyId, milestoneId: { not: null } },
    orderBy: [{ issuedAt: "asc" }, { sequence: "asc" }],
    select: { id: true, kind: true, number: true, milestoneId: true, fileId: true },
  });
  for (const row of rows) {
    if (!row.milestoneId) continue;
    const documents = byMilestone.get(row.milestoneId) ?? [];
    documents.push({ id: row.id, title: invoiceTitle(row.kind), number: row.number, downloadUrl: row.fileId ? invoiceDownloadPath(row.fileId) : null });
    byMilestone.set(row.milestoneId, documents);
  }
  return byMilestone;
}
