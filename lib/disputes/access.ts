import type { Prisma } from "@/generated/prisma/client";
import type { DisputeSide } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { clientSideWhere, expertSideWhere } from "@/lib/parties/sides";
import { assertCan } from "@/lib/teams/assert-can";
import { can } from "@/lib/teams/permissions";

// Who may see a dispute case and act in it: the contract's expert; on the client side the company's
// members whose role handles disputes (approveWork, as for opening one); admins see every case and
// decide it. Anyone else finds nothing, so another contract's case is a 404 that hides it exists.

export function caseWhere(user: SessionUser, disputeId: string): Prisma.DisputeWhereInput {
  if (user.role === "CLIENT") assertCan(user, "approveWork");
  return { id: disputeId, ...caseScope(user) };
}

/** The cases a user may see, as a `where` fragment; null for a company member whose role does not handle disputes. */
export function caseScope(user: SessionUser): Prisma.DisputeWhereInput | null {
  if (user.role === "ADMIN") return {};
  if (user.role === "CLIENT") return can(user, "approveWork") ? { contract: clientSideWhere(user, "approveWork") } : null;
  return { contract: expertSideWhere(user) };
}

/** The side a party acts for; admins act for neither. */
export function sideOf(user: SessionUser): DisputeSide {
  if (user.role === "CLIENT") return "CLIENT";
  if (user.role === "EXPERT") return "EXPERT";
  throw new AppError("FORBIDDEN", "Only the client or the expert of this contract can do this.");
}

export const otherSide = (side: DisputeSide): DisputeSide => (side === "CLIENT" ? "EXPERT" : "CLIENT");
