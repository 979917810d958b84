import { readFileSync } from "node:fs";
import type { Browser } from "@playwright/test";
import { readPdfText } from "../support/pdf-text";
import { type ChatParty, createChat } from "./chat-fixtures";
import { expect, signInThroughApi, test } from "./fixtures";
import { createAdminAccount } from "./two-factor-fixtures";

// Money documents of the expert and the admin, in the browser against the production build and its
// worker: money moves through the API and the Stripe stand-in first (the contracts test walks those
// screens), then the expert downloads the month's statement and the admin a CSV export.

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const today = () => new Date().toISOString().slice(0, 10);
const monthLabel = () => new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date());

async function call<T>(party: ChatParty, method: "GET" | "POST", path: string, data?: unknown): Promise<T> {
  const response = await party.request.fetch(path, { method, data: data ?? (method === "POST" ? {} : undefined) });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

function standin(path: string, body: unknown = {}) {
  const stripeUrl = readFileSync(`.data/e2e-stripe-url-${process.env.E2E_PORT}`, "utf8").trim();
  return fetch(`${stripeUrl}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(async (response) =>
    expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200),
  );
}

/** Hires the expert for one milestone of $1,234.57, funds it on the stand-in and releases it: 10% fee $123.46, net $1,111.11. */
async function releaseOneMilestone() {
  const { client, experts, requestId } = await createChat(1);
  const [expert] = experts;
  const request = await call<{ shortlist: { matchId: string }[] }>(client, "GET", `/api/v1/requests/${requestId}`);
  const contract = await call<{ id: string }>(client, "POST", "/api/v1/contracts", {
    matchId: request.shortlist[0].matchId,
    title: "Statement check contract",
    currency: "USD",
    totalCents: 123_457,
    milestones: [{ title: "Odd amount", description: "", amountCents: 123_457, dueDate: inDays(10) }],
  });
  const onboarding = await call<{ url: string }>(expert, "POST", "/api/v1/payouts/onboarding");
  await standin(`/_standin/accounts/${new URL(onboarding.url).pathname.split("/")[3]}/complete-onboarding`);
  await expect.poll(async () => (await call<{ payoutsEnabled: boolean }>(expert, "GET", "/api/v1/payouts")).payoutsEnabled, { timeout: 15_000 }).toBe(true);
  await call(expert, "POST", `/api/v1/contracts/${contract.id}/accept`);
  const detail = await call<{ milestones: { id: string; status: string }[] }>(client, "GET", `/api/v1/contracts/${contract.id}`);
  const milestoneId = detail.milestones[0].id;
  const funding = await call<{ checkoutUrl: string }>(client, "POST", `/api/v1/milestones/${milestoneId}/fund`);
  await standin(`/_standin/checkout/${new URL(funding.checkoutUrl).pathname.split("/").pop()}/pay`, { card: "4242 4242 4242 4242" });
  const statusOf = async () => (await call<{ milestones: { status: string }[] }>(client, "GET", `/api/v1/contracts/${contract.id}`)).milestones[0].status;
  await expect.poll(statusOf, { timeout: 20_000 }).toBe("FUNDED");
  await call(expert, "POST", `/api/v1/milestones/${milestoneId}/submit`, { note: "Delivered the odd amount of work.", links: [] });
  await call(client, "POST", `/api/v1/milestones/${milestoneId}/approve`);
  await expect.poll(statusOf, { timeout: 20_000 }).toBe("RELEASED");
  return { expert, contractId: contract.id };
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
