import { defineOperation } from "@/lib/api/operation";
import { notificationPreferencesSchema } from "./preference-schemas";
import { getNotificationPreferences } from "./preferences";

export const getNotificationPreferencesOperation = defineOperation({
  method: "GET",
  path: "/api/v1/notification-preferences",
  summary: "Which kinds of notification you are emailed about (in-app notifications are always on)",
  tag: "Notifications",
  access: "user",
  output: { status: 200, description: "One entry per kind, defaults filled in.", schema: notificationPreferencesSchema },
  handler: ({ user }) => getNotificationPreferences(user),
});
