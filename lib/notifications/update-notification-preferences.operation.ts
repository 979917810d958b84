import { defineOperation } from "@/lib/api/operation";
import { notificationPreferencesSchema, updateNotificationPreferencesSchema } from "./preference-schemas";
import { updateNotificationPreferences } from "./preferences";

export const updateNotificationPreferencesOperation = defineOperation({
  method: "PUT",
  path: "/api/v1/notification-preferences",
  summary: "Turn email on or off per kind, choose the daily message digest and its timezone",
  tag: "Notifications",
  access: "user",
  input: { body: updateNotificationPreferencesSchema },
  output: { status: 200, description: "Your choices as saved.", schema: notificationPreferencesSchema },
  errors: [415, 422],
  handler: ({ user, body }) => updateNotificationPreferences(user, body),
});
