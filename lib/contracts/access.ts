import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { clientSideWhere, expertSideWhere } from "@/lib/parties/sides";
import { assertCan } from "@/lib/teams/assert-can";
import type { CompanyAbility } from "@/lib/teams/permissions";

// Who may see or change a contract: its two sides (lib/parties/sides.ts), and admins, who read
// everything. On the client side, the member's company role must allow the change (403 otherwise).
// The rule sits in the `where`, so anyone else finds nothing: a 404 that also hides that the
// contract exists.

/** Contracts the user may read. */
export function readableContractWhere(user: SessionUser): Prisma.ContractWhereInput {
  if (user.role === "ADMIN") return {};
  return user.role === "CLIENT" ? clientSideWhere(user, "view") : expertSideWhere(user);
}

/** A contract the client side may change; other roles are refused before anything is read. */
export function clientContractWhere(user: SessionUser, contractId: string, ability: CompanyAbility = "manageContracts"): Prisma.ContractWhereInput {
  if (user.role !== "CLIENT") throw new AppError("FORBIDDEN", "Only the client's company can do this.");
  assertCan(user, ability);
  return { id: contractId, ...clientSideWhere(user, ability) };
}

/** A contract the expert side may change. */
export function expertContractWhere(user: SessionUser, contractId: string): Prisma.ContractWhereInput {
  if (user.role !== "EXPERT") throw new AppError("FORBIDDEN", "Only the expert of this contract can do this.");
  return { id: contractId, ...expertSideWhere(user) };
}
