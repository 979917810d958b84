import { z } from "zod";
import { db } from "@/lib/db";
import { countUnreadNotifications } from "./count-unread";

export const listNotificationsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1, "At least 1.").max(50, "At most 50.").default(20),
});

export const notificationListSchema = z
  .object({
    unreadCount: z.number().int(),
    notifications: z.array(
      z.object({
        id: z.string(),
        kind: z.string().meta({ example: "request.shortlisted" }),
        title: z.string(),
        body: z.string(),
        link: z.string().nullable().meta({ description: "A path inside the app." }),
        readAt: z.iso.datetime().nullable(),
        createdAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: "NotificationList" });

export type NotificationList = Awaited<ReturnType<typeof listNotifications>>;
export type NotificationItem = NotificationList["notifications"][number];

/** The signed-in user's own notifications, newest first, with how many are unread in all. */
export async function listNotifications({ user, limit = 20 }: { user: { id: string }; limit?: number }) {
  const [notifications, unreadCount] = await Promise.all([
    db.notification.findMany({
      where: { userId: user.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
    countUnreadNotifications({ user }),
  ]);
  return { unreadCount, notifications };
}
