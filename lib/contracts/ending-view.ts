import type { ContractEndReason, ContractStatus, EndRefundStatus, RequestStatus, TransferStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/sessions/session-user";
import { can } from "@/lib/teams/permissions";
import { isContractOpenForWork, isInTrial } from "./open-for-work";

// What the contract page shows of a contract's trial and early end, and the ending buttons this viewer gets.

type EndingRow = {
  status: ContractStatus;
  trialEndsAt: Date | null;
  endedAt: Date | null;
  endReason: ContractEndReason | null;
  endNote: string | null;
  isEndedInTrial: boolean;
  replacementRequestedAt: Date | null;
  endedBy: { name: string } | null;
  request: { status: RequestStatus };
  trialPayout: { amountCents: number; status: TransferStatus } | null;
};

export function endingView(user: SessionUser, contract: EndingRow, now: Date) {
  const isClientManager = user.role === "CLIENT" && can(user, "manageContracts");
  const isParty = isClientManager || user.role === "EXPERT";
  return {
    trialEndsAt: contract.trialEndsAt,
    isInTrial: contract.endedAt === null && contract.status !== "PROPOSED" && isInTrial(contract, now),
    endedAt: contract.endedAt,
    endedByName: contract.endedBy?.name ?? null,
    endReason: contract.endReason,
    endNote: contract.endNote,
    isEndedInTrial: contract.isEndedInTrial,
    replacementRequestedAt: contract.replacementRequestedAt,
    trialPayout: contract.trialPayout,
    actions: {
      end: isParty && isContractOpenForWork(contract),
      requestReplacement:
        isClientManager &&
        contract.endedAt !== null &&
        contract.endReason === "NOT_A_FIT" &&
        contract.replacementRequestedAt === null &&
        contract.request.status === "HIRED",
    },
  };
}

type EndRefundRow = { status: EndRefundStatus; consentDeadline: Date; isAgreedBySilence: boolean } | null;

/** A milestone's refund request after the contract ended, and whether this viewer answers it now. */
export function endRefundView(user: SessionUser, request: EndRefundRow, now: Date) {
  if (!request) return null;
  return { ...request, canAnswer: user.role === "EXPERT" && request.status === "REQUESTED" && request.consentDeadline > now };
}
