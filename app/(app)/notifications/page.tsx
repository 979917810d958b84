import type { Metadata } from "next";
import { NotificationsList } from "@/components/notifications/notifications-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requirePageUser({ path: "/notifications" });
  const notifications = await listNotifications({ user, limit: 50 });
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader title="Notifications" description="Invitations, shortlists and alerts, newest first." />
      <NotificationsList initial={notifications} />
    </div>
  );
}
