import { demoAccount, expect, signInThroughApi, test } from "./fixtures";
import { MOBILE_TAG } from "./mobile/device";

// On a phone a skill suggestion is chosen by tapping it, as a person would: the chip is added, the field is
// emptied and keeps focus for the next skill, and the list is gone until more is typed.

test("a tapped skill suggestion is added and the field is ready for the next one", { tag: MOBILE_TAG }, async ({ page }) => {
  test.slow();
  await signInThroughApi(page.request, demoAccount("CLIENT"));
  await page.goto("/client/requests");
  await page.getByRole("link", { name: "Raise a request" }).first().click();
  await page.getByLabel("Title").fill("Touch-picked skills for a claims service");
  await page.getByLabel("What needs doing").fill("Build an async FastAPI service that ingests insurance claims, validates them and stores them in PostgreSQL.");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { name: "Step 2 of 5: Skills" })).toBeFocused();

  const field = page.getByRole("combobox", { name: "Required skills" });
  const chosen = page.getByRole("list", { name: "Chosen required skills" }).getByRole("listitem");

  await field.tap();
  await field.fill("fastapi");
  await page.getByRole("option", { name: /^FastAPI/ }).tap();
  await expect(chosen).toHaveText([/FastAPI/]);
  await expect(field).toHaveValue("");
  await expect(field).toBeFocused();
  await expect(page.getByRole("listbox")).toHaveCount(0);

  // The next skill goes straight into the same field.
  await field.pressSequentially("postgres");
  await page.getByRole("option", { name: /^PostgreSQL/ }).tap();
  await expect(chosen).toHaveText([/FastAPI/, /PostgreSQL/]);
  await expect(field).toHaveValue("");
  await expect(field).toBeFocused();
});
