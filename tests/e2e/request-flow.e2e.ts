import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { Client } from "pg";
import { DEMO_PASSWORD } from "../../lib/auth/demo-accounts";
import { demoAccount, e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";
import { chooseSuggestion } from "./mobile/choose-suggestion";
import { MOBILE_TAG } from "./mobile/device";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

/** The worker invites experts within a second of submission; read who from the database. */
async function waitForInvitedExperts(requestId: string, count: number) {
  const client = new Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 60; attempt++) {
      const { rows } = await client.query<{ email: string }>(
        `SELECT u.email FROM matches m JOIN expert_profiles ep ON ep.id = m."expertProfileId" JOIN users u ON u.id = ep."userId"
         WHERE m."requestId" = $1 AND m.status = 'INVITED' ORDER BY m.rank`,
        [requestId],
      );
      if (rows.length >= count) return rows.map((row) => row.email);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`fewer than ${count} experts were invited to ${requestId}`);
  } finally {
    await client.end();
  }
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function pickSkill(page: Page, picker: string, typed: string, skill: string) {
  const field = page.getByRole("combobox", { name: picker });
  await field.fill(typed);
  await chooseSuggestion(page, new RegExp(`^${skill}`));
}

test.describe("raising a request", () => {
  test("a client raises a request in the wizard; three invited experts accept; the client sees the shortlist with reasons", { tag: MOBILE_TAG }, async ({
    page,
    browser,
  }) => {
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

    // Step 3: engagement and budget, typed in currency units; experts up to 20% above the maximum, in USD only.
    await page.getByLabel("Currency").selectOption("USD");
    await page.getByLabel("Lowest hourly rate (USD)").fill("60");
    await page.getByLabel("Highest hourly rate (USD)").fill("150.50");
    await page.getByLabel("Show experts up to").selectOption({ label: "20% above my maximum" });
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
    await expect(page.getByText("$60.00 to $150.50 an hour")).toBeVisible();
    await expect(page.getByText("In USD, 20% above my maximum")).toBeVisible();
    // A fixed price (the default engagement) is not an hourly budget: the rate is what is sought of the expert.
    await expect(page.getByText("Expert rate sought")).toBeVisible();
    await expect(page.getByText("Hourly budget")).toHaveCount(0);
    await expect(page.getByText("Europe/Berlin, at least 3 hours of overlap a day")).toBeVisible();
    await expect(page.getByText("8 weeks, 30 hours a week")).toBeVisible();
    await page.getByRole("button", { name: "Submit request" }).click();

    await expect(page).toHaveURL(/\/client\/requests\/(?!new)[\w-]+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Async FastAPI backend for claims intake" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^Matching — \d of 3 experts accepted — shortlist due in 7 h \d+ min$/ })).toBeVisible();
    await expect(page.getByText("FastAPI (3+ years), PostgreSQL")).toBeVisible();
    await expect(page.getByText("Experts quoting in USD, up to 20% above your maximum ($180.60/h)")).toBeVisible();
    await expectNoAxeViolations(page);

    // Three invited experts accept, each in a browser context of their own; the shortlist goes out.
    const requestId = new URL(page.url()).pathname.split("/").at(-1)!;
    const invitedEmails = await waitForInvitedExperts(requestId, 3);
    for (const email of invitedEmails.slice(0, 3)) {
      const context = await browser.newContext();
      const expertPage = await context.newPage();
      await signInThroughApi(expertPage.request, { email, password: DEMO_PASSWORD });
      await expertPage.goto("/expert/invitations");
      const card = expertPage.getByRole("article", { name: "Async FastAPI backend for claims intake" });
      await card.getByRole("heading", { name: "Why you were matched" }).waitFor();
      await card.getByRole("button", { name: /^Accept/ }).click();
      await card.getByRole("checkbox", { name: "My availability and rate still hold" }).check();
      await card.getByRole("button", { name: "Accept invitation" }).click();
      await expect(expertPage.getByRole("article", { name: "Async FastAPI backend for claims intake" })).toHaveCount(0);
      await context.close();
    }

    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: "Your shortlist" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 4, name: "Why we matched them" })).toHaveCount(3);
    await expect(page.getByText(/Covers FastAPI/).first()).toBeVisible();
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

  test("a retried create with the same Idempotency-Key returns the first request, not a second", async ({ request }) => {
    await signInThroughApi(request, demoAccount("CLIENT"));
    const data = { title: `Idempotent draft ${randomUUID()}` };
    const headers = { "idempotency-key": randomUUID() };
    const [first, second] = await Promise.all([request.post("/api/v1/requests", { data, headers }), request.post("/api/v1/requests", { data, headers })]);
    expect([first.status(), second.status()]).toEqual([201, 201]);
    expect((await second.json()).id).toBe((await first.json()).id);
    const listed = await (await request.get("/api/v1/requests?status=DRAFT&limit=50")).json();
    expect(listed.requests.filter((item: { title: string }) => item.title === data.title)).toHaveLength(1);

    const malformed = await request.post("/api/v1/requests", { data, headers: { "idempotency-key": "short" } });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.message).toMatch(/^Idempotency-Key: Use at least 8 characters/);
  });
});
