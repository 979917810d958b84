import type { Page } from "@playwright/test";

/** On a phone the header's links, the theme and Sign out sit behind the Menu button: open it when it is there. */
export async function openMainMenuIfFolded(page: Page) {
  const menu = page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Menu" });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
}
