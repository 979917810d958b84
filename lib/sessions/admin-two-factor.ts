import type { Role } from "@/generated/prisma/enums";
import type { SessionUser } from "./session-user";

// Admins must have two-factor authentication: until they turn it on, everything granted to them as
// admins (admin pages, admin API operations, admin server actions) refuses them and points to
// Settings → Security, which stays open to every signed-in user.

export const ADMIN_TWO_FACTOR_MESSAGE = "Turn on two-factor authentication to use admin tools: go to Settings → Security and set up an authenticator app.";
export const ADMIN_TWO_FACTOR_SETUP_PATH = "/settings/security?required=admin";

/** Whether this access is granted to the user as an admin who has not yet turned on two-factor authentication. */
export const isAdminWithoutTwoFactor = (user: Pick<SessionUser, "role" | "isTwoFactorEnabled">, roles: readonly Role[]) =>
  user.role === "ADMIN" && roles.includes("ADMIN") && !user.isTwoFactorEnabled;
