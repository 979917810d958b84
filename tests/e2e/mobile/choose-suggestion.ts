import type { Page } from "@playwright/test";
import { test } from "../fixtures";

/** Picks a skill suggestion as a person would: a tap on a touch screen (the mobile project), a click on a desktop. */
export async function chooseSuggestion(page: Page, name: RegExp) {
  const wanted = page.getByRole("option", { name });
  return test.info().project.use.hasTouch ? wanted.tap() : wanted.click();
}
