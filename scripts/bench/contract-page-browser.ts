import { existsSync } from "node:fs";
import { chromium } from "playwright";

// The submit as a person sees it, in Chromium against the same server: from the click on "Submit for
// review" to the dialog closing (the server accepted it and, since the change, the milestone says so)
// and to the refreshed card (its first round listed). One milestone per round, on a fresh page load.

const SESSION_COOKIE = "next-auth.session-token";
const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export type BrowserSample = { closedMs: number; refreshedMs: number };

export async function measureSubmitInBrowser(options: { origin: string; cookie: string; contractId: string; positions: number[] }) {
  // As the e2e tests: Debian's chromium where it exists (Playwright cannot download its own offline).
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext();
    await context.addCookies([{ name: SESSION_COOKIE, value: options.cookie.slice(SESSION_COOKIE.length + 1), url: options.origin }]);
    const page = await context.newPage();
    const samples: BrowserSample[] = [];
    for (const position of options.positions) {
      await page.goto(`${options.origin}/contracts/${options.contractId}`);
      const milestone = page.getByRole("listitem", { name: `${position}. Milestone ${position}` });
      await milestone.getByRole("button", { name: "Submit work" }).click();
      const dialog = page.getByRole("dialog", { name: "Submit this milestone for review" });
      await dialog.getByRole("textbox", { name: "What you delivered" }).fill("The report and the scripts.");
      const start = performance.now();
      await dialog.getByRole("button", { name: "Submit for review" }).click();
      await dialog.waitFor({ state: "hidden", timeout: 60_000 });
      const closedMs = performance.now() - start;
      await milestone.getByRole("listitem", { name: "Round 1" }).waitFor({ timeout: 60_000 });
      samples.push({ closedMs, refreshedMs: performance.now() - start });
    }
    return samples;
  } finally {
    await browser.close();
  }
}
