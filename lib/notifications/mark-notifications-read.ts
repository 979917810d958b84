import { z } from "zod";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";

export const markNotificationsReadSchema = z
  .strictObject({
    ids: z
      .array(z.string().min(1).max(64), { error: "Send the ids as a list." })
      .min(1, "List at least one id, or leave ids out to mark all.")
      .max(100, "At most 100 ids at once.")
      .optional()
      .meta({ description: "Leave out to mark every unread notification as read." }),
  })
  .meta({ id: "MarkNotificationsRead" });

export const markedReadSchema = z.object({ updated: z.number().int() }).meta({ id: "MarkedRead" });

/** Marks the signed-in user's own unread notifications as read: the listed ones, or all. Others' ids change nothing. */
export async function markNotificationsRead({ user, ids, now = clockNow() }: { user: { id: string }; ids?: string[]; now?: Date }) {
  const { count } = await db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(ids && { id: { in: ids } }) },
    data: { readAt: now },
  });
  return { updated: count };
}
