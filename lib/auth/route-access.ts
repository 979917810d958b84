import type { Role } from "@/generated/prisma/enums";

// Which roles may open which page sections. The proxy uses this for a fast first check; every page
// and lib function checks again where the data is read.
const SECTIONS: { prefix: string; roles: readonly Role[] }[] = [
  { prefix: "/admin", roles: ["ADMIN"] },
  { prefix: "/client", roles: ["CLIENT"] },
  { prefix: "/expert", roles: ["EXPERT"] },
  { prefix: "/dashboard", roles: ["CLIENT", "EXPERT", "ADMIN"] },
  { prefix: "/notifications", roles: ["CLIENT", "EXPERT", "ADMIN"] },
  { prefix: "/messages", roles: ["CLIENT", "EXPERT", "ADMIN"] },
  { prefix: "/contracts", roles: ["CLIENT", "EXPERT", "ADMIN"] },
  { prefix: "/experts", roles: ["CLIENT", "EXPERT", "ADMIN"] },
  // Before /settings: the first matching prefix decides.
  { prefix: "/settings/team", roles: ["CLIENT"] },
  { prefix: "/settings/single-sign-on", roles: ["CLIENT"] },
  { prefix: "/settings", roles: ["CLIENT", "EXPERT", "ADMIN"] },
];

export type PageAccess = "public" | "allowed" | "sign-in" | "forbidden";

const sectionOf = (pathname: string) => SECTIONS.find(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));

/** Whether the answer for this path depends on the visitor's role (the proxy decodes the session only then). */
export const isRoleSection = (pathname: string) => sectionOf(pathname) !== undefined;

export function pageAccess(pathname: string, role: Role | null): PageAccess {
  const section = sectionOf(pathname);
  if (!section) return "public";
  if (!role) return "sign-in";
  return section.roles.includes(role) ? "allowed" : "forbidden";
}

export const DASHBOARD_PATH: Record<Role, string> = { CLIENT: "/client", EXPERT: "/expert", ADMIN: "/admin" };
