import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { Client } from "pg";
import { type ChatParty, createChat } from "./chat-fixtures";
import { createClientAccount, e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";
import { acceptedContract, fundMilestones, releaseMilestone } from "./money-setup";
import { createAdminAccount } from "./two-factor-fixtures";

// Insights in a real browser: the admin's Insights page (range, table view, CSV), the expert's
// earnings chart and the company's spend chart after one milestone of $1,234.57 is paid and released,
// and a company member without billing who sees no spend.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** `within`: only that part of the page (the charts added to pages whose older parts are checked elsewhere). */
async function expectNoAxeViolations(page: Page, within?: string) {
  const builder = new AxeBuilder({ page }).withTags(WCAG);
  const results = await (within ? builder.include(within) : builder).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

/** Hires the expert for one milestone of $1,234.57, funds it on the stand-in and releases it. */
async function releaseOneMilestone() {
  const { client, experts, requestId } = await createChat(1);
  const [expert] = experts;
  const contract = await acceptedContract(client, expert, requestId, {
    title: "Insights chart contract",
    milestones: [{ title: "Odd amount", amountCents: 123_457 }],
  });
  await fundMilestones(client, contract.contractId, contract.milestoneIds);
  await releaseMilestone(client, expert, contract.contractId, contract.milestoneIds[0]);
  return { client, expert };
}

async function pageFor(browser: Browser, party: ChatParty) {
  const context = await browser.newContext({ storageState: await party.request.storageState() });
  return context.newPage();
}

/** Moves a fresh client account into `ownerEmail`'s company as a viewer (no billing). */
async function joinAsViewer(viewerEmail: string, ownerEmail: string) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    await database.query(
      `UPDATE company_members SET role = 'VIEWER', "companyId" = (SELECT m."companyId" FROM company_members m JOIN users u ON u.id = m."userId" WHERE u.email = $2)
       WHERE "userId" = (SELECT id FROM users WHERE email = $1)`,
      [viewerEmail, ownerEmail],
    );
  } finally {
    await database.end();
  }
}

const thisMonth = () => new Date().toISOString().slice(0, 7);

test.describe("insights", () => {
  test("an admin opens Insights, changes the range, reads a chart as a table and downloads its CSV", async ({ page }) => {
    test.slow();
    await signInThroughApi(page.request, await createAdminAccount());
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Insights", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/insights$/);
    await expect(page.getByRole("heading", { level: 1, name: "Insights" })).toBeVisible();
    for (const heading of [
      "Vetting funnel per week",
      "8-hour shortlist promise per week",
      "Time to shortlist",
      "Disputes per week",
      "Active contracts",
      "Requested skills and approved experts",
    ]) {
      await expect(page.getByRole("heading", { level: 3, name: heading })).toBeVisible();
    }
    await expectNoAxeViolations(page);

    // A range that runs backwards: the default range stays, with the reason beside the form.
    await page.getByLabel("From", { exact: true }).fill("2026-06-30");
    await page.getByLabel("To", { exact: true }).fill("2026-06-01");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The start date (2026-06-30) is after the end date (2026-06-01)" })).toBeVisible();

    await page.getByLabel("From", { exact: true }).fill("2026-03-02");
    await page.getByLabel("To", { exact: true }).fill("2026-03-29");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/from=2026-03-02&to=2026-03-29/);
    await expect(page.getByRole("alert").filter({ hasText: "start date" })).toHaveCount(0);

    const contracts = page.locator('[data-chart="active-contracts"]');
    await contracts.getByText("Show the data as a table").click();
    const table = contracts.getByRole("table", { name: "Active contracts" });
    await expect(table).toBeVisible();
    await expect(table.getByRole("rowheader")).toHaveText(["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"]);
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent("download"), contracts.getByRole("button", { name: "Download CSV of Active contracts" }).click()]);
    expect(download.suggestedFilename()).toBe("vetted-active-contracts-2026-03-02-to-2026-03-29.csv");
    const csv = readFileSync((await download.path())!, "utf8");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("\uFEFFWeek of,Active at week end,Started,Ended");
    expect(lines.slice(1, 5).map((line) => line.split(",")[0])).toEqual(["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"]);
    const cells = await table.getByRole("row").nth(1).getByRole("cell").allTextContents();
    expect(lines[1].split(",").slice(1)).toEqual(cells.map((cell) => cell.replaceAll(",", "")));

    // The API answers a range it cannot use with a 422 naming the field.
    const refused = await page.request.get("/api/v1/admin/insights/money?from=2024-01-01&to=2026-01-01");
    expect(refused.status()).toBe(422);
    expect(await refused.json()).toMatchObject({
      error: { code: "VALIDATION_FAILED", fields: { from: ["That range is 732 days long; show at most 366 days (about a year) at once."] } },
    });
  });

  test("the expert sees their earnings chart, billing members the spend chart, a viewer no spend", async ({ browser, page }) => {
    test.slow();
    const { client, expert } = await releaseOneMilestone();

    const expertPage = await pageFor(browser, expert);
    await expertPage.goto("/expert/earnings");
    const earnings = expertPage.locator('[data-chart="earnings-usd"]');
    await expect(earnings.getByRole("heading", { name: "Earnings per month in USD" })).toBeVisible();
    await expect(earnings.getByText(/\$1,234\.57 released on your contracts/)).toBeVisible();
    await earnings.getByText("Show the data as a table").click();
    const earningsRow = earnings.getByRole("row").filter({ has: expertPage.getByRole("rowheader", { name: thisMonth() }) });
    await expect(earningsRow.getByRole("cell").first()).toHaveText("$1,234.57");
    await expectNoAxeViolations(expertPage, '[data-chart="earnings-usd"]');
    await expertPage.context().close();

    const ownerPage = await pageFor(browser, client);
    await ownerPage.goto("/client/billing");
    const spend = ownerPage.locator('[data-chart="spend-usd"]');
    await expect(spend.getByRole("heading", { name: "Spend per month in USD" })).toBeVisible();
    await expect(spend.getByText(/\$1,234\.57 paid in, \$0\.00 refunded, \$1,234\.57 net/)).toBeVisible();
    await expectNoAxeViolations(ownerPage, '[data-chart="spend-usd"]');
    await ownerPage.context().close();

    const viewer = await createClientAccount(page.request);
    await joinAsViewer(viewer.email, client.email);
    await signInThroughApi(page.request, viewer);
    await page.goto("/client");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Billing" })).toHaveCount(0);
    await expect(page.getByText(/Spend per month/)).toHaveCount(0);
    await page.goto("/client/billing");
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    await expect(page.getByText(/Spend per month/)).toHaveCount(0);
    expect((await page.request.get("/api/v1/billing/spend")).status()).toBe(403);
  });
});
