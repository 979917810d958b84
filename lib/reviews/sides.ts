import type { Prisma } from "@/generated/prisma/client";
import type { ReviewDirection } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { forbidden } from "@/lib/errors";
import { clientSideWhere, expertSideWhere } from "@/lib/parties/sides";
import { assertCan } from "@/lib/teams/assert-can";

// Which review is whose. The client side writes as its company (members who manage contracts) and
// reads as any member; the expert side is the contract's expert. Admins read published reviews only.

export type ReviewSide = "CLIENT" | "EXPERT";

export const directionWrittenBy = (side: ReviewSide): ReviewDirection => (side === "CLIENT" ? "CLIENT_TO_EXPERT" : "EXPERT_TO_CLIENT");

export function sideOf(user: SessionUser): ReviewSide | null {
  if (user.role === "CLIENT") return "CLIENT";
  if (user.role === "EXPERT") return "EXPERT";
  return null;
}

/** The contract the user may review, as their side; other callers are refused before anything is read. */
export function reviewerContractWhere(user: SessionUser, contractId: string): { side: ReviewSide; where: Prisma.ContractWhereInput } {
  if (user.role === "CLIENT") {
    assertCan(user, "manageContracts");
    return { side: "CLIENT", where: { id: contractId, ...clientSideWhere(user, "manageContracts") } };
  }
  if (user.role === "EXPERT") return { side: "EXPERT", where: { id: contractId, ...expertSideWhere(user) } };
  throw forbidden("Only the client's company and the expert of a contract review it.");
}

/** The unpublished reviews a viewer may still read: their own side's. */
export function ownSideReviewWhere(user: SessionUser): Prisma.ReviewWhereInput {
  const side = sideOf(user);
  return side ? { direction: directionWrittenBy(side) } : { id: { in: [] } };
}

/** What anyone who may read a contract may see of its reviews: the published ones, and their own side's. */
export function visibleReviewWhere(user: SessionUser): Prisma.ReviewWhereInput {
  return { OR: [{ publishedAt: { not: null } }, ownSideReviewWhere(user)] };
}
