import type { Metadata } from "next";
import { NotificationPreferencesForm } from "@/components/settings/notifications/notification-preferences-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getNotificationPreferences } from "@/lib/notifications/preferences";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const user = await requirePageUser({ path: "/settings/notifications" });
  const preferences = await getNotificationPreferences(user);
  return <NotificationPreferencesForm initial={preferences} timeZones={["UTC", ...Intl.supportedValuesOf("timeZone")]} />;
}
