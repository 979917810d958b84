import { amendmentsOf } from "@/lib/amendments/list-amendments";
import type { SessionUser } from "@/lib/auth/session";
import { getContract } from "@/lib/contracts/get-contract";
import { getContractCase } from "@/lib/disputes/get-case";
import { saveStateFor } from "@/lib/saved-experts/saved-experts";
import { can } from "@/lib/teams/permissions";
import { timesheetOf } from "@/lib/timesheets/get-timesheet";

// What the contract page shows, read for one request. getContract finds the contract only for a
// viewer who may read it (readableContractWhere, a 404 otherwise); the terms history and the
// timesheet are then read for that contract instead of each finding it again behind the same rule
// (their API routes still do). The sections that do not depend on each other are read at once:
// the page's refresh after every action waits for this.

export type ContractPage = Awaited<ReturnType<typeof loadContractPage>>;

export async function loadContractPage({ user, contractId, now }: { user: SessionUser; contractId: string; now: Date }) {
  const contract = await getContract({ user, contractId, now });
  const isProposed = contract.status === "PROPOSED";
  const { hourly } = contract;
  const [amendments, save, disputeCase, timesheet] = await Promise.all([
    isProposed
      ? null
      : amendmentsOf({
          id: contract.id,
          currency: contract.currency,
          billing: contract.billing,
          // The database holds hourly terms exactly for hourly contracts (contracts_hourly_terms check).
          hourlyTerms: hourly && { hourlyRateCents: hourly.hourlyRateCents, weeklyCapMinutes: hourly.weeklyCapMinutes },
        }),
    saveStateFor(user, contract.parties.expert.profileId),
    isProposed ? null : getContractCase({ user, contractId: contract.id }),
    hourly && !isProposed
      ? timesheetOf({
          user,
          contract: { id: contract.id, status: contract.status, endedAt: contract.ending.endedAt, currency: contract.currency, ...hourly },
          now,
        })
      : null,
  ]);
  return {
    contract,
    amendments,
    rehire: { save, canHireAgain: can(user, "manageContracts") && contract.acceptedAt !== null },
    disputeCase,
    timesheet,
  };
}
