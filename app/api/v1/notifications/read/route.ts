import { apiRoute } from "@/lib/api/route";
import { markNotificationsRead, markNotificationsReadSchema } from "@/lib/notifications/mark-notifications-read";

export const POST = apiRoute({ access: "user", body: markNotificationsReadSchema }, async ({ user, body }) =>
  markNotificationsRead({ user, ids: body.ids }),
);
