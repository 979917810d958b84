import type { Prisma } from "@/generated/prisma/client";
import type { ContractSide } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { clientContractWhere, expertContractWhere } from "@/lib/contracts/access";
import { db, type Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { companyRecipients } from "@/lib/teams/company-recipients";

// Amendments are between the contract's two sides: on the client side, members who may manage
// contracts; on the expert side, the expert. Viewers and finance members read the history but change
// nothing (403); anyone else finds no contract (404).

export function sideWhere(user: SessionUser, contractId: string): { side: ContractSide; where: Prisma.ContractWhereInput } {
  if (user.role === "CLIENT") return { side: "CLIENT", where: clientContractWhere(user, contractId, "manageContracts") };
  if (user.role === "EXPERT") return { side: "EXPERT", where: expertContractWhere(user, contractId) };
  throw new AppError("FORBIDDEN", "Only the client or the expert of this contract can change its terms.");
}

export const otherSide = (side: ContractSide): ContractSide => (side === "CLIENT" ? "EXPERT" : "CLIENT");

/** Who hears about a proposal or an answer on `side`: the client's contract managers, or the expert. */
export async function recipientsOn(tx: Transaction, side: ContractSide, contractId: string) {
  if (side === "CLIENT") return companyRecipients(tx, { contractId }, ["manageContracts"]);
  const contract = await tx.contract.findUniqueOrThrow({ where: { id: contractId }, select: { expertProfile: { select: { userId: true } } } });
  return [contract.expertProfile.userId];
}

export const findContractOnSide = (where: Prisma.ContractWhereInput) =>
  db.contract.findFirst({
    where,
    select: {
      id: true,
      title: true,
      status: true,
      billing: true,
      currency: true,
      hourlyRateCents: true,
      weeklyCapMinutes: true,
      weekTimeZone: true,
    },
  });
