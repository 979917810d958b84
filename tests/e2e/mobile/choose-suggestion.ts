import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../fixtures";

/**
 * Picks a skill suggestion: a click on a desktop; on the phone project, the arrow keys and Enter. In
 * Chromium's touch emulation the tapped suggestion list closes under the tap (a known gap of the
 * skill picker on phones, tracked in the README), so the phone journeys choose from the keyboard.
 */
export async function chooseSuggestion(page: Page, field: Locator, name: RegExp) {
  const wanted = page.getByRole("option", { name });
  if (test.info().project.name !== "mobile") return wanted.click();
  await expect(wanted).toBeVisible();
  const wantedId = await wanted.getAttribute("id");
  for (let step = 0; step < 12 && (await field.getAttribute("aria-activedescendant")) !== wantedId; step++) await field.press("ArrowDown");
  await expect(field).toHaveAttribute("aria-activedescendant", wantedId ?? "");
  await field.press("Enter");
}
