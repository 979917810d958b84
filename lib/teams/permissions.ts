import type { CompanyRole } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/sessions/session-user";

// The one table of what each role in a company may do. Every client-side check in lib/ asks it,
// through `can`, `assertCan` or `companyRolesWith` (for `where` fragments).

export const COMPANY_ABILITIES = [
  "view",
  "manageRequests",
  "chat",
  "manageContracts",
  "approveWork",
  "fund",
  "viewBilling",
  "manageMembers",
  "viewActivity",
] as const;
export type CompanyAbility = (typeof COMPANY_ABILITIES)[number];

export const COMPANY_ROLES = ["OWNER", "HIRING_MANAGER", "FINANCE", "VIEWER"] as const satisfies readonly CompanyRole[];

const HIRING: readonly CompanyAbility[] = ["view", "manageRequests", "chat", "manageContracts", "approveWork", "fund"];

export const companyPermissions: Record<CompanyRole, ReadonlySet<CompanyAbility>> = {
  OWNER: new Set(COMPANY_ABILITIES),
  HIRING_MANAGER: new Set(HIRING),
  FINANCE: new Set<CompanyAbility>(["view", "fund", "viewBilling"]),
  VIEWER: new Set<CompanyAbility>(["view"]),
};

export const COMPANY_ROLE_LABEL: Record<CompanyRole, string> = {
  OWNER: "Owner",
  HIRING_MANAGER: "Hiring manager",
  FINANCE: "Finance",
  VIEWER: "Viewer",
};

/** The roles that carry an ability: for `where` fragments and for choosing whom to notify. */
export const companyRolesWith = (ability: CompanyAbility): CompanyRole[] => COMPANY_ROLES.filter((role) => companyPermissions[role].has(ability));

type Member = Pick<SessionUser, "role" | "companyId" | "companyRole">;

/** Whether a client user's company role allows `ability`; false for experts, admins and clients without a company. */
export const can = (user: Member, ability: CompanyAbility): boolean =>
  user.role === "CLIENT" && user.companyId !== null && user.companyRole !== null && companyPermissions[user.companyRole].has(ability);
