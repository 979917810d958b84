import type { ContractStatus } from "@/generated/prisma/enums";
import { env } from "@/lib/env";

// A contract that either side has ended takes no new work: no funding, no submissions, no time
// entries. What it already holds follows the ending rules (lib/contract-endings/).

const DAY_MS = 86_400_000;

/** Active (or frozen by a dispute on one milestone) and not ended: new work may be added or logged. */
export function isContractOpenForWork(contract: { status: ContractStatus; endedAt: Date | null }) {
  return (contract.status === "ACTIVE" || contract.status === "DISPUTED") && contract.endedAt === null;
}

/** The same rule as a `where` fragment on a contract. */
export const OPEN_FOR_WORK_WHERE = { status: { in: ["ACTIVE", "DISPUTED"] as ContractStatus[] }, endedAt: null };

/** The first TRIAL_DAYS after acceptance are the contract's trial. */
export const trialEndsAtFor = (acceptedAt: Date, trialDays = env().TRIAL_DAYS) => new Date(acceptedAt.getTime() + trialDays * DAY_MS);

export const isInTrial = (contract: { trialEndsAt: Date | null }, now: Date) => contract.trialEndsAt !== null && now < contract.trialEndsAt;
