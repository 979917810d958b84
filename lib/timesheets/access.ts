import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { readableContractWhere } from "@/lib/contracts/access";
import { AppError } from "@/lib/errors";
import { clientSideWhere, expertSideWhere } from "@/lib/parties/sides";
import { assertCan } from "@/lib/teams/assert-can";

// Who may touch a timesheet: its contract's expert logs time; members of the client's company who may
// manage contracts approve or dispute weeks; both sides (any company member) and admins read them.
// Anyone else finds nothing: a 404 that also hides that it exists.

export function expertHourlyContractWhere(user: SessionUser, contractId: string): Prisma.ContractWhereInput {
  if (user.role !== "EXPERT") throw new AppError("FORBIDDEN", "Only the expert of this contract logs time on it.");
  return { id: contractId, billing: "HOURLY", ...expertSideWhere(user) };
}

export function expertEntryWhere(user: SessionUser, entryId: string): Prisma.TimeEntryWhereInput {
  if (user.role !== "EXPERT") throw new AppError("FORBIDDEN", "Only the expert of this contract logs time on it.");
  return { id: entryId, week: { contract: { billing: "HOURLY", ...expertSideWhere(user) } } };
}

export const readableHourlyContractWhere = (user: SessionUser, contractId: string): Prisma.ContractWhereInput => ({
  id: contractId,
  billing: "HOURLY",
  ...readableContractWhere(user),
});

export function clientWeekWhere(user: SessionUser, weekId: string): Prisma.TimesheetWeekWhereInput {
  if (user.role !== "CLIENT") throw new AppError("FORBIDDEN", "Only the client's company reviews timesheets.");
  assertCan(user, "manageContracts");
  return { id: weekId, contract: clientSideWhere(user, "manageContracts") };
}
