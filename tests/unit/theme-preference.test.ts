import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { parseThemePreference, THEME_HEAD_SCRIPT, themeCookieAssignment } from "@/lib/theme/theme-preference";
import { darkPalette } from "@/scripts/dark-palette";

describe("the theme cookie", () => {
  it("reads light and dark, and anything else as the system's", () => {
    expect(parseThemePreference("dark")).toBe("dark");
    expect(parseThemePreference("light")).toBe("light");
    for (const value of ["", "system", "DARK", "dark ", undefined, null]) expect(parseThemePreference(value)).toBe("system");
  });

  it("is kept for a year, site-wide, and forgotten when the visitor goes back to System", () => {
    expect(themeCookieAssignment("dark")).toBe("theme=dark; Path=/; Max-Age=31536000; SameSite=Lax");
    expect(themeCookieAssignment("system")).toBe("theme=; Path=/; Max-Age=0; SameSite=Lax");
  });
});

describe("the head script", () => {
  function themeAfterScript(cookie: string) {
    const documentElement = { dataset: {} as Record<string, string> };
    runInNewContext(THEME_HEAD_SCRIPT, { document: { cookie, documentElement } });
    return documentElement.dataset.theme;
  }

  it("puts a light or dark choice on <html> and leaves System and other cookies alone", () => {
    expect(themeAfterScript("a=1; theme=dark")).toBe("dark");
    expect(themeAfterScript("theme=light; a=1")).toBe("light");
    expect(themeAfterScript("theme=purple")).toBeUndefined();
    expect(themeAfterScript("mytheme=dark")).toBeUndefined();
    expect(themeAfterScript("")).toBeUndefined();
  });
});

describe("the dark palette", () => {
  it("is what scripts/dark-palette.ts makes of the installed Tailwind theme", () => {
    const require = createRequire(import.meta.url);
    const themeCss = readFileSync(require.resolve("tailwindcss/theme.css"), "utf8");
    expect(readFileSync("app/dark-palette.css", "utf8")).toBe(darkPalette(themeCss));
  });
});
