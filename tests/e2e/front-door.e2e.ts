import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { createClientAccount, demoAccount, expect, signInThroughApi, test } from "./fixtures";
import { latestLink } from "./mailbox";
import { holdPageScripts, untilFormHydrated } from "./page-scripts";

// The front door: a visitor follows "Hire a FastAPI expert" to /start, describes the work before
// having an account, signs up, and finds the request waiting in the wizard.

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
// Its own title: the request-flow journey finds its invitation by title, and both reach the same FastAPI experts.
const TITLE = "FastAPI service that takes in warranty claims";
const DESCRIPTION = "Build an async FastAPI service that ingests insurance claims, validates them and stores them in PostgreSQL.";

test.describe("starting a request before signing up", () => {
  test("from /hire/fastapi, a visitor's draft survives sign-up and email verification, and submitting it starts the 8-hour clock", async ({ page }) => {
    test.slow();
    const id = randomUUID().slice(0, 8);
    const email = `front-door-${id}@example.test`;

    // Arriving from a search on the public FastAPI page, one click opens the request with the skill.
    await page.goto("/hire/fastapi");
    await page.getByRole("link", { name: "Hire a FastAPI expert" }).first().click();
    await expect(page).toHaveURL(/\/start\?skill=fastapi$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tell us what you need" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Chosen required skills" }).getByRole("listitem")).toHaveText([/FastAPI/]);
    await expect(page.getByLabel("Title")).toHaveValue("FastAPI expert");
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
    await page.getByLabel("Title").fill(TITLE);
    await page.getByLabel("What needs doing").fill(DESCRIPTION);
    await page.getByRole("button", { name: "Continue" }).click();

    // Sign-up knows why the visitor is here: a company account, and the way back to the draft.
    await expect(page).toHaveURL(/\/sign-up\?callbackUrl=/);
    await expect(page.getByText("Your draft is saved")).toBeVisible();
    await expect(page.getByRole("radio", { name: /I'm hiring/ })).toBeChecked();
    await page.getByLabel("Your name").fill(`Dana Door ${id}`);
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Password").fill("a sturdy password 123");
    await page.getByLabel("Company name").fill(`Door Works ${id}`);
    await page.getByRole("button", { name: "Create company account" }).click();

    // The draft is the new company's, opened where it stopped: the need and the skills are done.
    await expect(page).toHaveURL(/\/client\/requests\/new\?draft=/);
    await expect(page.getByRole("heading", { level: 1, name: "Finish your request" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Step 3 of 5: Engagement and budget" })).toBeVisible();
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByRole("list", { name: "Chosen required skills" }).getByRole("listitem")).toHaveText([/FastAPI/]);
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByLabel("Title")).toHaveValue(TITLE);
    await expect(page.getByLabel("What needs doing")).toHaveValue(DESCRIPTION);

    // The confirmation link, opened later, leads back to the draft.
    await page.goto(await latestLink(email, "Confirm your email address for Vetted", "/verify-email"));
    await page.getByRole("button", { name: "Confirm my email address" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your email address is confirmed" })).toBeVisible();
    await page.getByRole("link", { name: "Finish your request" }).click();
    await expect(page.getByRole("heading", { name: "Step 3 of 5: Engagement and budget" })).toBeVisible();

    await page.getByLabel("Lowest hourly rate (USD)").fill("60");
    await page.getByLabel("Highest hourly rate (USD)").fill("95");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByLabel("Start date").fill(inDays(14));
    await page.getByLabel("Duration in weeks").fill("8");
    await page.getByLabel("Hours a week").fill("30");
    await page.getByLabel("Your timezone").selectOption("Europe/Berlin");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByRole("heading", { name: "Step 5 of 5: Review" })).toBeVisible();
    await expect(page.getByText("Europe/Berlin, no overlap required")).toBeVisible();
    await expect(page.getByText(/\b0 h\b/)).toHaveCount(0);
    await page.getByRole("button", { name: "Submit request" }).click();

    await expect(page).toHaveURL(/\/client\/requests\/(?!new)[\w-]+$/);
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^Matching — \d of 3 experts accepted — shortlist due in 7 h \d+ min$/ })).toBeVisible();
  });

  test("what a visitor types before the page's scripts arrive is what they continue with", async ({ page }) => {
    const releaseScripts = await holdPageScripts(page);
    await page.goto("/start?skill=fastapi", { waitUntil: "commit" });
    await page.getByLabel("Title").fill(TITLE);
    await page.getByLabel("What needs doing").fill(DESCRIPTION);
    releaseScripts();
    await untilFormHydrated(page, 'form[aria-label="Your request"]');
    await expect(page.getByLabel("Title")).toHaveValue(TITLE);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/sign-up\?callbackUrl=/);
  });

  test("junk, huge and hostile pre-fill is ignored: the page renders, nothing runs, nothing is echoed as HTML", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const query = new URLSearchParams({
      skill: "<script>alert(1)</script>",
      budgetMax: "-5",
      title: "a".repeat(3000),
      description: "<svg onload=alert(2)>",
      startDate: "2020-02-30",
      engagement: "{{7*7}}",
    });
    query.append("currency", "USD");
    query.append("currency", "EUR");
    const response = await page.goto(`/start?${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Tell us what you need" })).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue("");
    await expect(page.getByLabel("What needs doing")).toHaveValue("");
    await expect(page.getByRole("list", { name: "Chosen required skills" })).toHaveCount(0);
    // Next carries the requested address in its own escaped page data; what the app renders carries none of it.
    const html = await page.content();
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<svg onload");
    expect(await page.locator("main").innerHTML()).not.toContain("a".repeat(2001));
    expect(await page.locator("svg[onload]").count()).toBe(0);

    // HTML in free text that passes the rules is kept as text, shown escaped in the inputs.
    const description = '"><img src=x onerror=alert(4)> and a claims API to build';
    await page.goto(`/start?${new URLSearchParams({ title: "<img src=x onerror=alert(3)> claims API", description })}`);
    await expect(page.getByLabel("Title")).toHaveValue("<img src=x onerror=alert(3)> claims API");
    await expect(page.getByLabel("What needs doing")).toHaveValue(description);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test("a signed-in client following the link gets the wizard pre-filled", async ({ page }) => {
    await signInThroughApi(page.request, demoAccount("CLIENT"));
    await page.goto("/start?skill=fastapi&engagement=hourly");
    await expect(page).toHaveURL(/\/client\/requests\/new\?skill=fastapi&engagement=hourly$/);
    await expect(page.getByRole("heading", { level: 1, name: "Raise a request" })).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue("FastAPI expert");
    await page.getByLabel("What needs doing").fill(DESCRIPTION);
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByRole("list", { name: "Chosen required skills" }).getByRole("listitem")).toHaveText([/FastAPI/]);
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByRole("radio", { name: /^Hourly/ })).toBeChecked();
  });

  test("someone with an account already signs in instead, and finds the draft in their company", async ({ page, request }) => {
    const account = await createClientAccount(request);
    await page.goto("/start?skill=fastapi&engagement=hourly");
    await page.getByLabel("What needs doing").fill(DESCRIPTION);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("link", { name: "Sign in instead" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to Vetted" })).toBeVisible();
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/client\/requests\/new\?draft=/);
    await expect(page.getByRole("heading", { level: 1, name: "Finish your request" })).toBeVisible();
    await expect(page.getByRole("radio", { name: /^Hourly/ })).toBeChecked();
  });

  test("a draft that can no longer be used is said so plainly, and the wizard opens with what the link had", async ({ page }) => {
    await signInThroughApi(page.request, demoAccount("CLIENT"));
    await page.goto("/start/continue?skill=fastapi");
    await expect(page).toHaveURL(/\/client\/requests\/new\?skill=fastapi&notice=draft-expired$/);
    await expect(page.getByText("The request you started before signing up was no longer saved")).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue("FastAPI expert");
  });
});
