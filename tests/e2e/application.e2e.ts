import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { APPLICATION_QUESTIONS } from "../../lib/vetting/schemas";
import { APPLICANT_BIO, answerTo, applyAsNewExpert, signUpExpert } from "./application-fixtures";
import { expect, signInThroughApi, test } from "./fixtures";
import { chooseSuggestion } from "./mobile/choose-suggestion";
import { MOBILE_TAG } from "./mobile/device";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

async function pickSkill(page: Page, typed: string, skill: string) {
  const picker = page.getByRole("combobox", { name: "Add a skill" });
  await picker.fill(typed);
  await chooseSuggestion(page, new RegExp(`^${skill}`));
}

const saveAndContinue = (page: Page) => page.getByRole("button", { name: "Save and continue" }).click();

test.describe("applying as an expert", () => {
  test("a new expert fills in every step in the browser, submits, and sees Applied as the current stage", { tag: MOBILE_TAG }, async ({ page }) => {
    test.slow();
    await signInThroughApi(page.request, await signUpExpert(page.request));
    await page.goto("/expert");
    await page.getByRole("link", { name: "Continue your application" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your application" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Profile: the shared schema refuses a short bio next to the field before anything is sent.
    await page.getByLabel("Headline").fill("Senior Python engineer — FastAPI, PostgreSQL");
    await page.getByLabel("Bio").fill("Too short");
    await saveAndContinue(page);
    await expect(page.getByText(/Write at least 100 characters/)).toBeVisible();
    await expect(page.getByLabel("Bio")).toBeFocused();
    await page.getByLabel("Bio").fill(APPLICANT_BIO);
    await saveAndContinue(page);

    // Skills, found through synonyms, each with a level and years.
    await expect(page.getByRole("heading", { name: "Step 2 of 7: Skills" })).toBeFocused();
    await pickSkill(page, "fastapi", "FastAPI");
    await pickSkill(page, "postgres", "PostgreSQL");
    await page.getByLabel("Level of FastAPI").selectOption("SENIOR");
    await page.getByLabel("Years of FastAPI").fill("5");
    await page.getByLabel("Level of PostgreSQL").selectOption("MID");
    await page.getByLabel("Years of PostgreSQL").fill("4");
    await expect(page.getByRole("list", { name: "Your skills" }).getByRole("listitem")).toHaveCount(2);
    await expectNoAxeViolations(page);
    await saveAndContinue(page);

    await page.getByLabel("Currency").selectOption("EUR");
    await page.getByLabel("Hourly rate (EUR)").fill("95");
    await saveAndContinue(page);

    await page.getByLabel("Hours a week you can work").fill("30");
    await page.getByLabel("Your timezone").selectOption("Europe/Berlin");
    await expect(page.getByRole("checkbox", { name: "Available for new work" })).toBeChecked();
    await saveAndContinue(page);

    await page.getByLabel("GitHub profile").fill("https://github.com/e2e-expert");
    await saveAndContinue(page);

    for (const question of APPLICATION_QUESTIONS) await page.getByLabel(question.label).fill(answerTo(question.label));
    await saveAndContinue(page);

    // Review: everything saved is shown, nothing is missing.
    await expect(page.getByRole("heading", { name: "Step 7 of 7: Review & submit" })).toBeFocused();
    await expect(page.getByText(/Every step is complete/)).toBeVisible();
    await expect(page.getByText("FastAPI: Senior, 5 years; PostgreSQL: Mid-level, 4 years")).toBeVisible();
    await expect(page.getByText("€95.00 an hour")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Submit application" }).click();

    const stages = page.getByRole("list", { name: "Application stages" });
    await expect(stages.locator('[aria-current="step"]')).toContainText("Applied");
    await expect(stages.locator('[aria-current="step"]')).toContainText("Current stage");
    await expect(page.getByText(/in the queue for screening/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the API fixture applies a new expert whose application waits in APPLIED", async ({ request }) => {
    const applicant = await applyAsNewExpert(request, { skillSlugs: ["python", "postgresql"] });
    const application = await (await request.get("/api/v1/application")).json();
    expect(application).toMatchObject({ id: applicant.expertProfileId, status: "APPLIED", isEditable: false, missingSteps: [] });
    expect((await request.post("/api/v1/application/submit", { data: {} })).status()).toBe(409);
  });
});
