"use client";

import { useSyncExternalStore } from "react";
import { cn } from "@/components/ui/cn";
import { parseThemePreference, THEME_PREFERENCES, type ThemePreference, themeCookieAssignment } from "@/lib/theme/theme-preference";

const LABEL: Record<ThemePreference, string> = { system: "System", light: "Light", dark: "Dark" };

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const currentPreference = () => parseThemePreference(document.documentElement.dataset.theme);

function choose(preference: ThemePreference) {
  // biome-ignore lint/suspicious/noDocumentCookie: a plain, non-secret preference the head script reads back.
  document.cookie = themeCookieAssignment(preference);
  if (preference === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = preference;
  for (const listener of listeners) listener();
}

/** System / Light / Dark, remembered in a cookie; every page applies it before it paints. */
export function ThemeSelect({ className }: { className?: string }) {
  const preference = useSyncExternalStore(subscribe, currentPreference, () => "system" as const);
  return (
    <label className={cn("flex items-center gap-2 text-sm text-slate-700", className)}>
      <span>Theme</span>
      <select
        value={preference}
        onChange={(event) => choose(parseThemePreference(event.target.value))}
        className="min-h-9 rounded-md border-0 bg-white py-1 pr-8 pl-2 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        {THEME_PREFERENCES.map((option) => (
          <option key={option} value={option}>
            {LABEL[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
