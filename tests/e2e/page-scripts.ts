import type { Page } from "@playwright/test";

// For what a person does before a page's scripts have arrived (a slow phone, a password manager that
// fills in at once): the page is only its server HTML until they do.

/** Holds the page's scripts back until the returned function is called. */
export async function holdPageScripts(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Waits until React has taken `form` over (its props sit on the element); before that a click posts the bare HTML form. */
export async function untilFormHydrated(page: Page, form = "form") {
  await page.waitForFunction((selector) => {
    const element = document.querySelector(selector);
    return element !== null && Object.keys(element).some((key) => key.startsWith("__reactProps"));
  }, form);
}
