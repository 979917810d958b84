import { db } from "@/lib/db";

/**
 * The navigation badge: the signed-in user's unread notifications. Notifications take the user's id
 * alone, not lib/auth's session type: lib/auth notifies (sign-in lockouts), so this room stays below it.
 */
export function countUnreadNotifications({ user }: { user: { id: string } }) {
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}
