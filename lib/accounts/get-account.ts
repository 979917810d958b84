import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/sessions/session-user";

export type AccountSummary = { name: string; email: string; role: SessionUser["role"]; createdAt: Date };

/** The signed-in user's own account, as the settings pages show it. */
export async function getAccount(user: SessionUser): Promise<AccountSummary> {
  return db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, email: true, role: true, createdAt: true } });
}
