import type { DisputeSide } from "@/generated/prisma/enums";
import type { Transaction } from "@/lib/db";
import { companyRecipients } from "@/lib/teams/company-recipients";

/** Who hears about a case for one side: the expert, or the company's members who handle disputes. */
export async function sideRecipients(tx: Transaction, contractId: string, side: DisputeSide): Promise<string[]> {
  if (side === "CLIENT") return companyRecipients(tx, { contractId }, ["approveWork"]);
  const contract = await tx.contract.findUnique({ where: { id: contractId }, select: { expertProfile: { select: { userId: true } } } });
  return contract ? [contract.expertProfile.userId] : [];
}

export async function bothSides(tx: Transaction, contractId: string): Promise<string[]> {
  return [...(await sideRecipients(tx, contractId, "CLIENT")), ...(await sideRecipients(tx, contractId, "EXPERT"))];
}

export const caseLink = (contractId: string) => `/contracts/${contractId}#dispute`;
export const adminCaseLink = (disputeId: string) => `/admin/disputes/${disputeId}`;
