import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page, Route } from "@playwright/test";
import { type ChatParty, createChat } from "./chat-fixtures";
import { expect, test } from "./fixtures";

// Payout readiness seen by the client (hire before the expert can be paid, funding opens later) and the
// expert's Payouts page: country choice, the stored status at once, money sections, the Stripe dashboard.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function pageFor(browser: Browser, party: ChatParty) {
  const context = await browser.newContext({ storageState: await party.request.storageState(), viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

async function api<T>(party: ChatParty, method: "GET" | "POST", path: string, data?: unknown): Promise<T> {
  const response =
    method === "GET" ? await party.request.get(path) : data === undefined ? await party.request.post(path) : await party.request.post(path, { data });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

async function payOnStandin(checkoutUrl: string) {
  const stripeUrl = readFileSync(`.data/e2e-stripe-url-${process.env.E2E_PORT}`, "utf8").trim();
  const response = await fetch(`${stripeUrl}/_standin/checkout/${new URL(checkoutUrl).pathname.split("/").pop()}/pay`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ card: "4242 4242 4242 4242" }),
  });
  expect(response.status).toBe(200);
}

test.describe("payouts", () => {
  test("the client hires an expert still finishing payout setup; the expert sets up payouts in Germany; funding opens and the money shows", async ({
    browser,
  }) => {
    test.slow();
    const { client, experts, requestId } = await createChat(1);
    const [expert] = experts;
    const expertName = (await api<{ name: string }>(expert, "GET", "/api/v1/me")).name;
    const clientPage = await pageFor(browser, client);
    const expertPage = await pageFor(browser, expert);

    // The shortlist and the hire page say the expert cannot be paid yet; hiring goes ahead.
    await clientPage.goto(`/client/requests/${requestId}`);
    await expect(clientPage.getByRole("listitem", { name: expertName }).getByText("Finishing payout setup")).toBeVisible();
    await clientPage.getByRole("link", { name: `Hire ${expertName}` }).click();
    await expect(clientPage.getByText(`${expertName} is finishing payout setup`)).toBeVisible();
    await clientPage.getByRole("textbox", { name: "Contract title" }).fill("Payments service");
    const first = clientPage.getByRole("group", { name: "Milestone 1" });
    await first.getByRole("textbox", { name: "Title" }).fill("Ledger");
    await first.getByRole("textbox", { name: "Amount (USD)" }).fill("1,000.00");
    await first.getByLabel("Due date").fill(inDays(10));
    await clientPage.getByRole("button", { name: "Add a milestone" }).click();
    const second = clientPage.getByRole("group", { name: "Milestone 2" });
    await second.getByRole("textbox", { name: "Title" }).fill("Reports");
    await second.getByRole("textbox", { name: "Amount (USD)" }).fill("500.00");
    await second.getByLabel("Due date").fill(inDays(20));
    await clientPage.getByRole("button", { name: "Send proposal" }).click();
    await expect(clientPage).toHaveURL(/\/contracts\/[\w-]+$/);
    const contractId = new URL(clientPage.url()).pathname.split("/").pop()!;
    await expect(clientPage.getByText(`Funding opens when ${expertName} finishes payout setup`)).toBeVisible();
    await api(expert, "POST", `/api/v1/contracts/${contractId}/accept`);
    const { milestones } = await api<{ milestones: { id: string; title: string }[] }>(client, "GET", `/api/v1/contracts/${contractId}`);
    const refused = await client.request.post(`/api/v1/milestones/${milestones[0].id}/fund`, { data: {} });
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(`Funding opens when ${expertName} finishes payout setup`);

    // The expert is nudged, and chooses Germany: a recipient account paid out in euros.
    const nudges = await api<{ notifications: { title: string }[] }>(expert, "GET", "/api/v1/notifications");
    expect(nudges.notifications.filter((notification) => notification.title.includes("finish your payout setup"))).toHaveLength(1);
    await expertPage.goto("/expert/payouts");
    const country = expertPage.getByRole("combobox", { name: "Country of your bank account" });
    await country.selectOption("DE");
    await expect(expertPage.getByText("You will be paid out in EUR.")).toBeVisible();
    await expectNoAxeViolations(expertPage);
    await expertPage.getByRole("button", { name: "Set up payouts with Stripe" }).click();
    await expertPage.getByRole("button", { name: "Complete onboarding" }).click();
    await expect(expertPage.getByRole("heading", { name: "Payouts enabled" })).toBeVisible();
    await expect(expertPage.getByText("Germany")).toBeVisible();
    await expect(expertPage.getByText("EUR", { exact: true })).toBeVisible();
    await expect(expertPage.getByText("Daily, 2 days after the money reaches your Stripe account")).toBeVisible();
    await expect(expertPage.getByText("Stripe accounts cannot change country.", { exact: false })).toBeVisible();

    // The client is told funding is open, and funds both milestones; the expert delivers both; the first is approved.
    await expect
      .poll(async () =>
        (await api<{ notifications: { title: string }[] }>(client, "GET", "/api/v1/notifications")).notifications.some(
          (n) => n.title === "Funding is open: Payments service",
        ),
      )
      .toBe(true);
    await clientPage.reload();
    await expect(clientPage.getByText(`Funding opens when ${expertName} finishes payout setup`)).toHaveCount(0);
    for (const milestone of milestones) {
      const { checkoutUrl } = await api<{ checkoutUrl: string }>(client, "POST", `/api/v1/milestones/${milestone.id}/fund`, {});
      await payOnStandin(checkoutUrl);
    }
    await expect
      .poll(async () => (await api<{ milestones: { status: string }[] }>(client, "GET", `/api/v1/contracts/${contractId}`)).milestones.map((m) => m.status), {
        timeout: 20_000,
      })
      .toEqual(["FUNDED", "FUNDED"]);
    for (const milestone of milestones) {
      await api(expert, "POST", `/api/v1/milestones/${milestone.id}/submit`, { note: "Delivered with tests.", links: [], fileIds: [] });
    }
    await api(client, "POST", `/api/v1/milestones/${milestones[0].id}/approve`, {});

    await expect(async () => {
      await expertPage.reload();
      await expect(expertPage.getByRole("region", { name: "Released to you" })).toContainText("$900.00", { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(expertPage.getByRole("region", { name: "Held by Vetted" })).toContainText("$500.00");
    const autoReleases = expertPage.getByRole("region", { name: "Upcoming automatic releases" });
    await expect(autoReleases.getByRole("row", { name: /Reports/ })).toContainText("$500.00");
    const paidOut = expertPage.getByRole("region", { name: "Paid out to your bank" });
    await expect(paidOut.getByRole("row", { name: /\$900\.00/ })).toContainText("In transit");
    await expectNoAxeViolations(expertPage);

    // Stripe's Express dashboard through a login link.
    await expertPage.getByRole("button", { name: "Open Stripe dashboard" }).click();
    await expect(expertPage.getByRole("heading", { level: 1 })).toContainText("Express dashboard");
    await expect(expertPage.getByText("Country DE, payouts in EUR")).toBeVisible();
  });

  test("the Payouts page shows the stored status at once, before Stripe answers", async ({ browser }) => {
    const { experts } = await createChat(1);
    const [expert] = experts;
    const { url } = await api<{ url: string }>(expert, "POST", "/api/v1/payouts/onboarding", { country: "GB" });
    const page = await pageFor(browser, expert);
    await page.goto(url);
    await page.getByRole("button", { name: "Complete onboarding" }).click();
    await expect(page.getByRole("heading", { name: "Payouts enabled" })).toBeVisible();

    // Hold the background refresh: what the page shows meanwhile came from our database.
    let release: (() => void) | undefined;
    await page.route("**/api/v1/payouts", async (route: Route) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      await route.continue();
    });
    await page.reload();
    await expect(page.getByRole("heading", { name: "Payouts enabled" })).toBeVisible();
    await expect(page.getByText("United Kingdom")).toBeVisible();
    await expect(page.getByText("Checking with Stripe for changes…")).toBeVisible();
    await expect.poll(() => release !== undefined).toBe(true);
    release?.();
    await expect(page.getByText("Up to date with Stripe.")).toBeVisible();
  });

  test("a country Stripe cannot pay out to is refused, with nothing created", async ({ browser }) => {
    const { experts } = await createChat(1);
    const [expert] = experts;
    const refused = await expert.request.post("/api/v1/payouts/onboarding", { data: { country: "KP" } });
    expect(refused.status()).toBe(422);
    expect(((await refused.json()) as { error: { fields: { country: string[] } } }).error.fields.country[0]).toContain("Stripe cannot pay out");
    const page = await pageFor(browser, expert);
    await page.goto("/expert/payouts");
    await expect(page.getByRole("heading", { name: "Get paid through Stripe" })).toBeVisible();
    expect(await api<{ hasAccount: boolean }>(expert, "GET", "/api/v1/payouts")).toMatchObject({ hasAccount: false });
  });
});
