import type { BrowserContext, Page } from "@playwright/test";
import { createClientAccount, demoAccount, expect, signInThroughApi, test } from "./fixtures";
import { MOBILE_TAG } from "./mobile/device";
import { openMainMenuIfFolded } from "./mobile/main-menu";
import { axeProblems } from "./mobile/page-checks";
import { createAdminAccount } from "./two-factor-fixtures";

// Dark mode: System follows prefers-color-scheme; Light and Dark are kept in a cookie and applied on every
// page before it paints. Contrast must pass axe in dark mode as it does in light.

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const colorScheme = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
const themeCookie = async (context: BrowserContext) => (await context.cookies()).find((cookie) => cookie.name === "theme")?.value;

/** The header's theme select; on a narrow screen it sits in the menu. */
async function chooseTheme(page: Page, theme: "System" | "Light" | "Dark") {
  await openMainMenuIfFolded(page);
  await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
}

test("a visitor's theme follows the system until they pick one, which lasts across reloads and pages", async ({ page, context }) => {
  // The head script changes <html> before React hydrates it: no hydration warning may follow.
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/sign-in");
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
  const light = await bodyBackground(page);
  expect(await colorScheme(page)).toBe("light");

  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await bodyBackground(page);
  expect(dark).not.toBe(light);
  expect(await colorScheme(page)).toBe("dark");

  // An explicit Light wins over the dark system, and is remembered.
  await chooseTheme(page, "Light");
  expect(await bodyBackground(page)).toBe(light);
  expect(await themeCookie(context)).toBe("light");
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("light");
  expect(await bodyBackground(page)).toBe(light);
  await page.goto("/");
  expect(await bodyBackground(page)).toBe(light);
  expect(await colorScheme(page)).toBe("light");

  // Back to System: the cookie goes, and the page follows the system again.
  await chooseTheme(page, "System");
  expect(await themeCookie(context)).toBeUndefined();
  expect(await bodyBackground(page)).toBe(dark);
  await page.emulateMedia({ colorScheme: "light" });
  expect(await bodyBackground(page)).toBe(light);
  expect(consoleErrors).toEqual([]);
});

test("a signed-in client's Dark choice lasts across reloads and their pages, on a light system", { tag: MOBILE_TAG }, async ({ page, context }) => {
  await signInThroughApi(page.request, await createClientAccount(page.request));
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/client");
  const light = await bodyBackground(page);

  await chooseTheme(page, "Dark");
  const dark = await bodyBackground(page);
  expect(dark).not.toBe(light);
  expect(await themeCookie(context)).toBe("dark");

  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  expect(await bodyBackground(page)).toBe(dark);
  await page.goto("/client/requests");
  expect(await bodyBackground(page)).toBe(dark);
  expect(await colorScheme(page)).toBe("dark");
  // The cached hiring pages are the same HTML for everyone; the choice still applies there.
  await page.goto("/hire/fastapi");
  expect(await bodyBackground(page)).toBe(dark);
});

async function darkModeProblems(page: Page, paths: readonly string[]) {
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    problems.push(...(await axeProblems(page, path)));
  }
  return problems;
}

test("the public pages pass axe in the system's dark mode", { tag: MOBILE_TAG }, async ({ page }) => {
  test.slow();
  await page.emulateMedia({ colorScheme: "dark" });
  const problems = await darkModeProblems(page, ["/", "/sign-in", "/sign-up", "/hire", "/hire/fastapi", "/start?skill=fastapi", "/terms"]);
  expect(problems).toEqual([]);
});

test("a client's, an expert's and an admin's main pages pass axe in the chosen dark mode", { tag: MOBILE_TAG }, async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const visits = [
    { credentials: demoAccount("CLIENT"), paths: ["/client", "/client/requests", "/client/requests/new", "/contracts", "/messages", "/settings/account"] },
    { credentials: demoAccount("EXPERT"), paths: ["/expert", "/expert/invitations", "/expert/earnings", "/expert/profile"] },
    { credentials: await createAdminAccount(), paths: ["/admin", "/admin/vetting", "/admin/sla", "/admin/users"] },
  ];
  const problems = await Promise.all(
    visits.map(async ({ credentials, paths }) => {
      const context = await browser.newContext({ baseURL });
      await context.addCookies([{ name: "theme", value: "dark", url: baseURL ?? "" }]);
      const page = await context.newPage();
      try {
        await signInThroughApi(page.request, credentials);
        return await darkModeProblems(page, paths);
      } finally {
        await context.close();
      }
    }),
  );
  expect(problems.flat()).toEqual([]);
});
