import type { Role } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { forbidden } from "@/lib/errors";

export function assertRole(user: SessionUser, role: Role): void {
  if (user.role !== role) throw forbidden("Your account does not have access to this dashboard.");
}
