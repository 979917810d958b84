import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { type Credentials, createClientAccount, expect, signInThroughApi, test } from "./fixtures";
import { createAdminAccount } from "./two-factor-fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const REASON = "Shared one seat with people outside the company.";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

/** A credentials sign-in through next-auth's API that is expected to fail; returns the error it redirects to. */
async function refusedSignIn(request: APIRequestContext, { email, password }: Credentials) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
  expect(response.status()).toBe(401);
  const session = await (await request.get("/api/auth/session")).json();
  expect(session?.user).toBeUndefined();
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error");
}

test.describe("admin console", () => {
  test("the demo admin finds a new client on /admin/users, suspends it with a reason, and that client can no longer sign in", async ({ page, request }) => {
    const client = await createClientAccount(request);
    await signInThroughApi(page.request, await createAdminAccount());

    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await page.getByLabel("Name or email").fill(client.email.toUpperCase());
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/users\?q=/);
    const row = page.getByRole("row").filter({ hasText: client.email });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(client.companyName)).toBeVisible();
    await expect(row.getByText("Active", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await row.getByRole("button", { name: /^Suspend E2E Client/ }).click();
    const dialog = page.getByRole("dialog", { name: /^Suspend E2E Client .*\?$/ });
    await expect(dialog.getByLabel("Reason")).toBeFocused();
    await dialog.getByRole("button", { name: "Suspend account" }).click();
    await expect(dialog.getByText(/at least 10 characters/)).toBeVisible();
    await expectNoAxeViolations(page);

    await dialog.getByLabel("Reason").fill(REASON);
    await dialog.getByRole("button", { name: "Suspend account" }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByText("Suspended", { exact: true })).toBeVisible();
    await expect(row.getByText(REASON)).toBeVisible();
    await expect(row.getByRole("button", { name: /^Reinstate E2E Client/ })).toBeVisible();

    expect(await refusedSignIn(request, client)).toContain("suspended");

    await page.getByLabel("Status").selectOption("true");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByRole("row").filter({ hasText: client.email })).toHaveCount(1);
  });

  test("the ledger page has a section for payments needing review, between the check and the totals", async ({ page }) => {
    await signInThroughApi(page.request, await createAdminAccount());
    await page.goto("/admin/ledger");
    await expect(page.getByRole("heading", { level: 1, name: "Ledger" })).toBeVisible();
    const section = page.getByRole("region", { name: "Payments needing review" });
    await expect(section).toBeVisible();
    // Other tests' data decides whether something is waiting: either the table or the empty state says so.
    await expect(
      section
        .getByRole("table", { name: "Payments held for review, those waiting for a decision first" })
        .or(section.getByRole("heading", { name: "Nothing to review" })),
    ).toBeVisible();
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings.slice(0, 3)).toEqual(["Ledger check", "Payments needing review", "Totals per currency"]);
    await expectNoAxeViolations(page);
  });
});
