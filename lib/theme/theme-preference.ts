// The visitor's colour theme: "system" follows prefers-color-scheme; "light" and "dark" are kept in a
// cookie, which the root layout's head script turns into <html data-theme> before the first paint.

export const THEME_PREFERENCES = ["system", "light", "dark"] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export const THEME_COOKIE = "theme";
const ONE_YEAR_IN_SECONDS = 60 * 60 * 24 * 365;

export function parseThemePreference(value: string | null | undefined): ThemePreference {
  return value === "light" || value === "dark" ? value : "system";
}

/** What to assign to document.cookie to remember the preference ("system" forgets it). */
export function themeCookieAssignment(preference: ThemePreference): string {
  const maxAge = preference === "system" ? 0 : ONE_YEAR_IN_SECONDS;
  return `${THEME_COOKIE}=${preference === "system" ? "" : preference}; Path=/; Max-Age=${maxAge}; SameSite=Lax`;
}

/**
 * Runs inline in <head>, before anything paints: the cookie's choice onto <html>. Static pages (the cached
 * hiring pages) are the same for everyone, so the server cannot write it into their HTML.
 */
export const THEME_HEAD_SCRIPT = `(function(){try{var m=document.cookie.match(/(?:^|;\\s*)${THEME_COOKIE}=(light|dark)(?:;|$)/);if(m)document.documentElement.dataset.theme=m[1];}catch(e){}})();`;
