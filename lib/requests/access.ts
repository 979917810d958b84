import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { memberOfCompany } from "@/lib/parties/sides";
import { assertCan } from "@/lib/teams/assert-can";
import type { CompanyAbility } from "@/lib/teams/permissions";

// Who may touch a request: a member of the company that owns it, with a role that allows it. A role
// that does not is refused up front (403, saying why); the company check sits in the `where`, so
// another company's request is simply not found (a 404, which also hides that it exists).

export function assertClient(user: SessionUser, ability: CompanyAbility = "view") {
  assertCan(user, ability);
}

export const ownRequestWhere = (user: SessionUser, requestId: string, ability: CompanyAbility = "view"): Prisma.HiringRequestWhereInput => ({
  id: requestId,
  company: memberOfCompany(user, ability),
});
