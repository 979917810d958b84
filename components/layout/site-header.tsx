import { navigationCounts } from "@/lib/notifications/navigation-counts";
import { can } from "@/lib/teams/permissions";
import { navigationFor, ROLE_LABEL } from "./navigation";
import { SiteLogo } from "./site-logo";
import { SiteNav } from "./site-nav";
import { userOrNull } from "./user-or-null";

export async function SiteHeader() {
  const user = await userOrNull("site header");
  const unread = user ? (await navigationCounts(user.id)).unreadNotifications : 0;
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <SiteLogo />
        <SiteNav
          items={navigationFor(user?.role ?? null, unread, user?.role !== "CLIENT" || can(user, "chat"), user?.role === "CLIENT" && can(user, "viewBilling"))}
          user={user ? { name: user.name, roleLabel: ROLE_LABEL[user.role] } : null}
        />
      </div>
    </header>
  );
}
