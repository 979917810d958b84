import type { SessionUser } from "@/lib/auth/session";
import { forbidden } from "@/lib/errors";

export function assertExpert(user: SessionUser) {
  if (user.role !== "EXPERT") throw forbidden("Only experts have an application and an expert profile.");
}

/** An application is only ever read or written as the caller's own profile. */
export const ownProfileWhere = (user: SessionUser) => ({ userId: user.id });
