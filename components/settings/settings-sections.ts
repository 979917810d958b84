import type { Role } from "@/generated/prisma/enums";

// The sections of /settings, in the order the side navigation shows them. `roles`: who sees the
// section (everyone when absent).
export type SettingsSection = { label: string; href: string; description: string; roles?: readonly Role[] };

export const SETTINGS_SECTIONS: SettingsSection[] = [
  { label: "Account", href: "/settings/account", description: "Your name, email address and password." },
  { label: "Notifications", href: "/settings/notifications", description: "What Vetted emails you about, and the daily message digest." },
  { label: "API tokens", href: "/settings/api-tokens", description: "Personal tokens for calling the Vetted API from scripts." },
  { label: "Privacy", href: "/settings/privacy", description: "Download your data, or delete your account." },
];

export const settingsSectionsFor = (role: Role) => SETTINGS_SECTIONS.filter((section) => !section.roles || section.roles.includes(role));
