import type { ContractEndReason } from "@/generated/prisma/enums";

// The short list a side picks from when ending a contract, in the words the dialog shows.

export const END_REASONS = ["NOT_A_FIT", "WORK_DONE", "NO_LONGER_NEEDED", "UNRESPONSIVE", "OTHER"] as const satisfies readonly ContractEndReason[];

export const END_REASON_LABELS: Record<ContractEndReason, string> = {
  NOT_A_FIT: "Not the right fit",
  WORK_DONE: "The work is done",
  NO_LONGER_NEEDED: "The work is no longer needed",
  UNRESPONSIVE: "The other side stopped responding",
  OTHER: "Another reason",
};
