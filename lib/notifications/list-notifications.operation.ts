import { defineOperation } from "@/lib/api/operation";
import { listNotifications, listNotificationsQuerySchema, notificationListSchema } from "./list-notifications";

export const listNotificationsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/notifications",
  summary: "The signed-in user's notifications, newest first, with the unread count",
  tag: "Notifications",
  access: "user",
  input: { query: listNotificationsQuerySchema },
  output: { status: 200, description: "Notifications and how many are unread.", schema: notificationListSchema },
  errors: [422],
  handler: ({ user, query }) => listNotifications({ user, limit: query.limit }),
});
