import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { SHORTLIST_STATUSES } from "@/lib/parties/shortlist-statuses";
import { memberOfCompany } from "./sides";

// Who may open an expert's full profile: the expert, admins, and members of a company that has the
// expert on a delivered shortlist of one of its requests (SHORTLIST_STATUSES)
// or a contract with them. Everyone else finds nothing (a 404 that does not say the profile exists).
// A deleted account's profile is gone for everyone but admins. Files shown on a profile (photo,
// portfolio) follow the same rule, so it sits here, below both lib/expert-profiles and lib/files.

export function viewableExpertProfileWhere(user: SessionUser): Prisma.ExpertProfileWhereInput {
  if (user.role === "ADMIN") return {};
  if (user.role === "EXPERT") return { userId: user.id, user: { deletedAt: null } };
  const company = memberOfCompany(user, "view");
  return {
    user: { deletedAt: null },
    OR: [{ matches: { some: { status: { in: [...SHORTLIST_STATUSES] }, request: { company } } } }, { contracts: { some: { company } } }],
  };
}

/** A profile anyone may see, signed in or not: made public by an approved expert whose account is neither suspended nor deleted. */
export const publicExpertProfileWhere: Prisma.ExpertProfileWhereInput = {
  publicProfile: true,
  publicSlug: { not: null },
  vettingStatus: "APPROVED",
  user: { suspendedAt: null, deletedAt: null },
};

/** Profiles this viewer may see: the ones above, and any public profile. */
export const seeableExpertProfileWhere = (user: SessionUser): Prisma.ExpertProfileWhereInput => ({
  OR: [viewableExpertProfileWhere(user), publicExpertProfileWhere],
});
