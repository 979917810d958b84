import { defineOperation } from "@/lib/api/operation";
import { markedReadSchema, markNotificationsRead, markNotificationsReadSchema } from "./mark-notifications-read";

export const markNotificationsReadOperation = defineOperation({
  method: "POST",
  path: "/api/v1/notifications/read",
  summary: "Mark the listed notifications (or all) as read",
  tag: "Notifications",
  access: "user",
  input: { body: markNotificationsReadSchema },
  output: { status: 200, description: "How many notifications changed from unread to read.", schema: markedReadSchema },
  errors: [415, 422],
  handler: ({ user, body }) => markNotificationsRead({ user, ids: body.ids }),
});
