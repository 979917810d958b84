import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { clientSideWhere, expertSideWhere } from "@/lib/parties/sides";
import { assertCan } from "@/lib/teams/assert-can";
import type { CompanyAbility } from "@/lib/teams/permissions";

// Who may act on a milestone: on the client side, a member of the contract's company whose role
// allows it (funding: fund; approving, changes, disputes: approveWork; cancelling: manageContracts);
// the expert side submits; either side disputes; admins resolve. Anyone else finds nothing, so
// another company's milestone is a 404 that also hides it exists. Funding, submitting, approving,
// asking for changes and cancelling never find an hourly week's milestone: it is charged to the saved
// card after the client approved the hours, and released when the review window ends.

export function clientMilestoneWhere(user: SessionUser, milestoneId: string, ability: CompanyAbility): Prisma.MilestoneWhereInput {
  if (user.role !== "CLIENT") throw new AppError("FORBIDDEN", "Only the client's company can do this.");
  assertCan(user, ability);
  return { id: milestoneId, contract: clientSideWhere(user, ability) };
}

export function partyMilestoneWhere(user: SessionUser, milestoneId: string): Prisma.MilestoneWhereInput {
  if (user.role === "CLIENT") return clientMilestoneWhere(user, milestoneId, "approveWork");
  if (user.role === "EXPERT") return { id: milestoneId, contract: expertSideWhere(user) };
  throw new AppError("FORBIDDEN", "Only the client or the expert of this contract can do this.");
}
