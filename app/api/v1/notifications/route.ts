import { apiRoute } from "@/lib/api/route";
import { listNotifications, listNotificationsQuerySchema } from "@/lib/notifications/list-notifications";

export const GET = apiRoute({ access: "user", query: listNotificationsQuerySchema }, async ({ user, query }) =>
  listNotifications({ user, limit: query.limit }),
);
