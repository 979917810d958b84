import { redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { DASHBOARD_PATH } from "@/lib/auth/route-access";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { ADMIN_TWO_FACTOR_SETUP_PATH, isAdminWithoutTwoFactor } from "@/lib/sessions/admin-two-factor";
import { type CompanyAbility, can } from "@/lib/teams/permissions";

export const dashboardPathFor = (role: Role) => DASHBOARD_PATH[role];

/**
 * For pages: the signed-in user, or a redirect — to sign-in (coming back to `path` afterwards)
 * when signed out, to /forbidden when the role may not see the page, or when a company member's role
 * lacks `ability` (lib/teams/permissions.ts; it concerns company members only), to Settings → Security
 * for an admin page while the admin has no two-factor authentication.
 */
export async function requirePageUser({ path, roles, ability }: { path: string; roles?: readonly Role[]; ability?: CompanyAbility }): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  if (roles && !roles.includes(user.role)) redirect("/forbidden");
  if (ability && user.role === "CLIENT" && !can(user, ability)) redirect("/forbidden");
  if (roles && isAdminWithoutTwoFactor(user, roles)) redirect(ADMIN_TWO_FACTOR_SETUP_PATH);
  return user;
}
