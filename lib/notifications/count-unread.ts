import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";

/** The navigation badge: the signed-in user's unread notifications. */
export function countUnreadNotifications({ user }: { user: SessionUser }) {
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}
