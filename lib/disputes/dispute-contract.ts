import type { Prisma } from "@/generated/prisma/client";

/** The contract a dispute is about, as every dispute view shows it: both sides by name, the money terms, the conversation. */
export const DISPUTE_CONTRACT_SELECT = {
  select: {
    id: true,
    title: true,
    currency: true,
    platformFeeBps: true,
    company: { select: { name: true } },
    expertProfile: { select: { user: { select: { name: true } } } },
    conversation: { select: { id: true } },
  },
} as const satisfies Prisma.ContractDefaultArgs;

type DisputeContractRow = Prisma.ContractGetPayload<typeof DISPUTE_CONTRACT_SELECT>;

export function toDisputeContract(contract: DisputeContractRow) {
  return {
    id: contract.id,
    title: contract.title,
    currency: contract.currency,
    platformFeeBps: contract.platformFeeBps,
    companyName: contract.company.name,
    expertName: contract.expertProfile.user.name,
    conversationId: contract.conversation?.id ?? null,
  };
}
