import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { demoAccount, expect, signInThroughApi, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function pickSkill(page: Page, picker: string, typed: string, skill: string) {
  await page.getByRole("combobox", { name: picker }).fill(typed);
  await page.getByRole("option", { name: new RegExp(`^${skill}`) }).click();
}

test.describe("raising a request", () => {
  test("a client walks the wizard, picks skills by type-ahead, submits, and sees matching start", async ({ page }) => {
    test.slow();
    await signInThroughApi(page.request, demoAccount("CLIENT"));
    await page.goto("/client/requests");
    await page.getByRole("link", { name: "Raise a request" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Raise a request" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Step 1: the need. The same schema as the server rejects a too-short description next to the field.
    await page.getByLabel("Title").fill("Async FastAPI backend for claims intake");
    await page.getByLabel("What needs doing").fill("Too short");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByText(/Describe the work in at least 30 characters/)).toBeVisible();
    await page
      .getByLabel("What needs doing")
      .fill("Build an async FastAPI service that ingests insurance claims, validates them and stores them in PostgreSQL.");
    await page.getByRole("button", { name: "Save and continue" }).click();

    // Step 2: skills, found through synonyms and names.
    await expect(page.getByRole("heading", { name: "Step 2 of 5: Skills" })).toBeFocused();
    await expect(page).toHaveURL(/\?draft=/);
    await pickSkill(page, "Required skills", "fastapi", "FastAPI");
    await pickSkill(page, "Required skills", "postgres", "PostgreSQL");
    await page.getByLabel("Minimum years of FastAPI").fill("3");
    await expect(page.getByRole("list", { name: "Chosen required skills" }).getByRole("listitem")).toHaveCount(2);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Save and continue" }).click();

    // Step 3: engagement and budget, typed in currency units.
    await page.getByLabel("Currency").selectOption("EUR");
    await page.getByLabel("Lowest hourly rate (EUR)").fill("60");
    await page.getByLabel("Highest hourly rate (EUR)").fill("95.50");
    await page.getByRole("button", { name: "Save and continue" }).click();

    // Step 4: schedule.
    await page.getByLabel("Start date").fill(inDays(14));
    await page.getByLabel("Duration in weeks").fill("8");
    await page.getByLabel("Hours a week").fill("30");
    await page.getByLabel("Your timezone").selectOption("Europe/Berlin");
    await page.getByLabel("Working hours that must overlap with yours").fill("3");
    await page.getByRole("button", { name: "Save and continue" }).click();

    // Step 5: review, then submit.
    await expect(page.getByRole("heading", { name: "Step 5 of 5: Review" })).toBeVisible();
    await expect(page.getByText("FastAPI (3+ years), PostgreSQL")).toBeVisible();
    await expect(page.getByText("€60.00 to €95.50 an hour")).toBeVisible();
    await page.getByRole("button", { name: "Submit request" }).click();

    await expect(page).toHaveURL(/\/client\/requests\/(?!new)[\w-]+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Async FastAPI backend for claims intake" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^Matching — \d of 3 experts accepted — shortlist due in 7 h \d+ min$/ })).toBeVisible();
    await expect(page.getByText("FastAPI (3+ years), PostgreSQL")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a reopened draft continues where it stopped", async ({ page }) => {
    await signInThroughApi(page.request, demoAccount("CLIENT"));
    const created = await page.request.post("/api/v1/requests", {
      data: { title: "Data pipeline review", description: "Review our Airflow pipelines and suggest how to make them cheaper to run." },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`/client/requests/new?draft=${id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Finish your request" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Step 2 of 5: Skills" })).toBeVisible();
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByLabel("Title")).toHaveValue("Data pipeline review");
  });
});

test.describe("cancelling a request", () => {
  test("asks for confirmation, then cancels and says so", async ({ page }) => {
    await signInThroughApi(page.request, demoAccount("CLIENT"));
    const skills = await (await page.request.get("/api/v1/skills?q=django")).json();
    const created = await page.request.post("/api/v1/requests", {
      data: {
        submit: true,
        title: "Django admin clean-up",
        description: "Tidy up a Django admin that grew for six years: permissions, slow list pages and a few broken actions.",
        requiredSkills: [{ skillId: skills.skills[0].id, minYears: 2 }],
        budgetMaxCents: 8_000,
        startDate: inDays(10),
        durationWeeks: 2,
        hoursPerWeek: 20,
        timezone: "Europe/London",
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await page.goto(`/client/requests/${id}`);
    await page.getByRole("button", { name: "Cancel request" }).click();
    const dialog = page.getByRole("dialog", { name: "Cancel this request?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole("button", { name: "Cancel request" }).click();
    await dialog.getByRole("button", { name: "Yes, cancel the request" }).click();
    await expect(page.getByText("The request is cancelled.").first()).toBeVisible();
    await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Cancel request" })).toHaveCount(0);
  });
});

test.describe("the requests API", () => {
  test("searches skills by synonym and rejects bad requests with field messages", async ({ request }) => {
    await signInThroughApi(request, demoAccount("CLIENT"));
    const skills = await (await request.get("/api/v1/skills?q=k8s")).json();
    expect(skills.skills[0]).toMatchObject({ name: "Kubernetes", matchedAlias: "k8s" });

    const invalid = await request.post("/api/v1/requests", { data: { submit: true, title: "Hi", budgetMaxCents: -1 } });
    expect(invalid.status()).toBe(422);
    const body = await invalid.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(body.error.fields)).toEqual(expect.arrayContaining(["title", "budgetMaxCents"]));

    expect((await request.get("/api/v1/requests/not-a-real-id")).status()).toBe(404);
    expect((await request.get(`/api/v1/requests/${"x".repeat(65)}`)).status()).toBe(400);
  });
});
