import type { Role } from "@/generated/prisma/enums";

/** `showsUnreadMessages`: the label gets the live unread message count from the chat stream. */
export type NavItem = { label: string; href: string; showsUnreadMessages?: boolean };

export { DASHBOARD_PATH } from "@/lib/auth/route-access";

export const ROLE_LABEL: Record<Role, string> = { CLIENT: "Client", EXPERT: "Expert", ADMIN: "Admin" };

// Sections without their own page yet point into their dashboard (by fragment) until those pages ship.
const ROLE_NAVIGATION: Record<Role, NavItem[]> = {
  CLIENT: [
    { label: "Dashboard", href: "/client" },
    { label: "Requests", href: "/client/requests" },
    { label: "Contracts", href: "/contracts" },
    { label: "Saved experts", href: "/client/saved-experts" },
    { label: "Find experts", href: "/client/experts" },
  ],
  EXPERT: [
    { label: "Dashboard", href: "/expert" },
    { label: "Invitations", href: "/expert/invitations" },
    { label: "Contracts", href: "/contracts" },
    { label: "Payouts", href: "/expert/payouts" },
    { label: "Earnings", href: "/expert/earnings" },
    { label: "Profile", href: "/expert/profile" },
  ],
  ADMIN: [
    { label: "Dashboard", href: "/admin" },
    { label: "Search", href: "/admin/search" },
    { label: "Vetting", href: "/admin/vetting" },
    { label: "SLA board", href: "/admin/sla" },
    { label: "Insights", href: "/admin/insights" },
    { label: "Contracts", href: "/contracts" },
    { label: "Disputes", href: "/admin/disputes" },
    { label: "Users", href: "/admin/users" },
    { label: "Jobs", href: "/admin/jobs" },
    { label: "Audit log", href: "/admin/audit-log" },
  ],
};

const PUBLIC_NAVIGATION: NavItem[] = [
  { label: "How it works", href: "/#how-it-works" },
  { label: "For experts", href: "/#for-experts" },
];

/** "Messages (3 unread)": the count stays in the link text, so it is part of the link's accessible name. */
export const withUnreadCount = (label: string, unread: number) => (unread > 0 ? `${label} (${unread} unread)` : label);

/**
 * `hasConversations`: false for company members whose role has no conversations (finance, viewers).
 * `hasBilling`: true for company members whose role sees billing (owners, finance).
 */
export function navigationFor(role: Role | null, unreadNotifications = 0, hasConversations = true, hasBilling = false): NavItem[] {
  if (!role) return PUBLIC_NAVIGATION;
  return [
    ...ROLE_NAVIGATION[role],
    ...(hasBilling ? [{ label: "Billing", href: "/client/billing" }] : []),
    ...(hasConversations ? [{ label: "Messages", href: "/messages", showsUnreadMessages: true }] : []),
    { label: withUnreadCount("Notifications", unreadNotifications), href: "/notifications" },
    { label: "Settings", href: "/settings" },
  ];
}
