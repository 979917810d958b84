import type { Role } from "@/generated/prisma/enums";

// The sections of /settings, in the order the side navigation shows them. `roles`: who sees the
// section (everyone when absent).
export type SettingsSection = { label: string; href: string; description: string; roles?: readonly Role[] };

export const SETTINGS_SECTIONS: SettingsSection[] = [
  { label: "Account", href: "/settings/account", description: "Your name, email address, password and signed-in devices." },
  { label: "Sign-in methods", href: "/settings/sign-in-methods", description: "Your password and the providers linked to your account." },
  { label: "Security", href: "/settings/security", description: "Two-factor authentication and recovery codes." },
  { label: "Notifications", href: "/settings/notifications", description: "What Vetted emails you about, and the daily message digest." },
  { label: "API tokens", href: "/settings/api-tokens", description: "Personal tokens for calling the Vetted API from scripts." },
  { label: "Team", href: "/settings/team", description: "Your company's members, their roles and invitations.", roles: ["CLIENT"] },
  { label: "Single sign-on", href: "/settings/single-sign-on", description: "Require your company's members to sign in with one provider.", roles: ["CLIENT"] },
  { label: "Privacy", href: "/settings/privacy", description: "Download your data, or delete your account." },
];

export const settingsSectionsFor = (role: Role) => SETTINGS_SECTIONS.filter((section) => !section.roles || section.roles.includes(role));
