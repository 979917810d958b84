import type { Role } from "@/generated/prisma/enums";

export type NavItem = { label: string; href: string };

export { DASHBOARD_PATH } from "@/lib/auth/route-access";

export const ROLE_LABEL: Record<Role, string> = { CLIENT: "Client", EXPERT: "Expert", ADMIN: "Admin" };

// Sections without their own page yet point into their dashboard (by fragment) until those pages ship.
const ROLE_NAVIGATION: Record<Role, NavItem[]> = {
  CLIENT: [
    { label: "Dashboard", href: "/client" },
    { label: "Requests", href: "/client/requests" },
  ],
  EXPERT: [
    { label: "Dashboard", href: "/expert" },
    { label: "Invitations", href: "/expert/invitations" },
    { label: "Profile", href: "/expert#profile" },
  ],
  ADMIN: [
    { label: "Dashboard", href: "/admin" },
    { label: "Vetting", href: "/admin#vetting" },
    { label: "SLA board", href: "/admin/sla" },
    { label: "Users", href: "/admin#users" },
  ],
};

const PUBLIC_NAVIGATION: NavItem[] = [
  { label: "How it works", href: "/#how-it-works" },
  { label: "For experts", href: "/#for-experts" },
];

export function navigationFor(role: Role | null, unreadNotifications = 0): NavItem[] {
  if (!role) return PUBLIC_NAVIGATION;
  const label = unreadNotifications > 0 ? `Notifications (${unreadNotifications} unread)` : "Notifications";
  return [...ROLE_NAVIGATION[role], { label, href: "/notifications" }];
}
