import { readFileSync } from "node:fs";
import type { Browser } from "@playwright/test";
import { readPdfText } from "../support/pdf-text";
import { type ChatParty, createChat } from "./chat-fixtures";
import { expect, signInThroughApi, test } from "./fixtures";
import { acceptedContract, fundMilestones, releaseMilestone } from "./money-setup";
import { createAdminAccount } from "./two-factor-fixtures";

// Money documents of the expert and the admin, in the browser against the production build and its
// worker: money moves through the API and the Stripe stand-in first (the contracts test walks those
// screens), then the expert downloads the month's statement and the admin a CSV export.

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const today = () => new Date().toISOString().slice(0, 10);
const monthLabel = () => new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date());

/** Hires the expert for one milestone of $1,234.57, funds it on the stand-in and releases it: 10% fee $123.46, net $1,111.11. */
async function releaseOneMilestone() {
  const { client, experts, requestId } = await createChat(1);
  const [expert] = experts;
  const contract = await acceptedContract(client, expert, requestId, {
    title: "Statement check contract",
    milestones: [{ title: "Odd amount", amountCents: 123_457 }],
  });
  await fundMilestones(client, contract.contractId, contract.milestoneIds);
  await releaseMilestone(client, expert, contract.contractId, contract.milestoneIds[0]);
  return { expert, contractId: contract.contractId };
}

async function pageFor(browser: Browser, party: ChatParty) {
  const context = await browser.newContext({ storageState: await party.request.storageState() });
  return context.newPage();
}

test.describe("money documents", () => {
  test("an expert makes this month's statement, follows it being built and downloads the PDF with the right net amount", async ({ browser }) => {
    test.slow();
    const { expert } = await releaseOneMilestone();
    const page = await pageFor(browser, expert);
    await page.goto("/expert/earnings");
    await expect(page.getByRole("heading", { level: 1, name: "Earnings" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: `${monthLabel()} so far` })).toBeVisible();

    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(monthLabel()) }) });
    await row.getByRole("button", { name: `Make statement for ${monthLabel()}` }).click();
    const pdfLink = row.getByRole("link", { name: `PDF statement for ${monthLabel()}` });
    await expect(pdfLink).toBeVisible({ timeout: 30_000 });

    const [download] = await Promise.all([page.waitForEvent("download"), pdfLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^vetted-earnings-statement-\d{4}-\d{2}\.pdf$/);
    const { text } = await readPdfText(new Uint8Array(readFileSync(await download.path())));
    expect(text).toContain("Earnings statement");
    expect(text).toContain(monthLabel());
    expect(text).toContain("Statement check contract");
    expect(text).toContain("Net earnings $1,111.11");
    expect(text).toContain("$1,234.57");
    expect(text).toContain("$123.46");
    expect(text).toContain("$1,111.11");

    // Asking again for an unchanged month gives the same statement, not a new job.
    const again = await expert.request.post("/api/v1/earnings/statements", { data: { month: today().slice(0, 7) } });
    expect(again.status()).toBe(202);
    expect((await again.json()).pdfDownloadPath).toBe(await pdfLink.getAttribute("href"));
  });

  test("an admin exports today's payouts as CSV and downloads it; the export is listed with who asked", async ({ page }) => {
    test.slow();
    const { contractId } = await releaseOneMilestone();
    await signInThroughApi(page.request, await createAdminAccount());
    await page.goto("/admin/ledger/exports");
    await expect(page.getByRole("heading", { level: 1, name: "Ledger exports" })).toBeVisible();

    // A start after the end is refused on the field.
    await page.getByLabel("From (UTC)").fill(inDays(1));
    await page.getByLabel("To (UTC, included)").fill(today());
    await page.getByRole("button", { name: "Export CSV" }).click();
    await expect(page.getByText("The start date must not be after the end date.").first()).toBeVisible();

    await page.getByLabel("What").selectOption("PAYOUTS");
    await page.getByLabel("From (UTC)").fill(today());
    await page.getByRole("button", { name: "Export CSV" }).click();
    const link = page.getByRole("link", { name: `Download CSV: Payouts ${today()} to ${today()}` }).first();
    await expect(link).toBeVisible({ timeout: 30_000 });

    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`vetted-payouts-${today()}-to-${today()}.csv`);
    const csv = readFileSync(await download.path(), "utf8");
    expect(csv.startsWith("\uFEFFCreated at (UTC),Booked at (UTC),Transfer id,Status")).toBe(true);
    const line = csv.split("\r\n").find((record) => record.includes(contractId));
    expect(line).toContain(",Statement check contract,");
    expect(line).toMatch(/,PAID,tr_/);
    expect(line).toContain(",USD,123457,12346,111111,1111.11");
  });
});
