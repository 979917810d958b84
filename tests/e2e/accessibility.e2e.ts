import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

const PUBLIC_PAGES = [
  "/",
  "/start?skill=fastapi",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/reset-password",
  "/verify-email",
  "/confirm-email-change",
  "/terms",
  "/docs/api",
];

// At a desktop width; the hiring pages have their own (hire-pages.e2e.ts). At a phone's 375 px, every page of the
// page matrix is checked by the mobile project (mobile-pages.mobile.e2e.ts).
for (const [path, width] of PUBLIC_PAGES.map((path) => [path, 1280] as const)) {
  test(`${path} at ${width} px has no axe violations (WCAG 2 A/AA)`, async ({ page }) => {
    test.slow(); // axe walks every node; /docs/api grows with each endpoint
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
  });
}

test("the sign-in page shows demo accounts in development builds only", async ({ page }) => {
  // The e2e server runs `next start`: a production build, where the demo password must not appear.
  await page.goto("/sign-in");
  expect(await page.content()).not.toContain("vetted-demo-2026");
});
