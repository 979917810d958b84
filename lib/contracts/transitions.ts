import type { ContractStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

// Every legal status change of a contract (its milestones' are in lib/milestones/transitions.ts). Code
// applies a change with the expected current status in the `where`, so of two concurrent attempts only one wins.

export const CONTRACT_TRANSITIONS: Record<ContractStatus, readonly ContractStatus[]> = {
  PROPOSED: ["ACTIVE", "CANCELLED"],
  ACTIVE: ["COMPLETED", "DISPUTED", "CANCELLED"],
  DISPUTED: ["ACTIVE", "COMPLETED", "CANCELLED"],
  COMPLETED: [],
  CANCELLED: [],
};

const CONTRACT_WORDS: Record<ContractStatus, string> = {
  PROPOSED: "a proposal",
  ACTIVE: "active",
  DISPUTED: "in dispute",
  COMPLETED: "completed",
  CANCELLED: "cancelled",
};

export const canChangeContract = (from: ContractStatus, to: ContractStatus) => CONTRACT_TRANSITIONS[from].includes(to);

export function assertContractTransition(from: ContractStatus, to: ContractStatus, action: string) {
  if (!canChangeContract(from, to)) throw new AppError("CONFLICT", `This contract is ${CONTRACT_WORDS[from]}, so you cannot ${action} it.`);
}
