import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { STANDIN_SECRET_KEY } from "../../lib/stripe";
import { type ChatParty, createChat } from "./chat-fixtures";
import { expect, signInThroughApi, test } from "./fixtures";
import { createAdminAccount } from "./two-factor-fixtures";

// A trial that was not the right fit: the client ends it on a phone-sized screen, sees the held money
// refunded, asks for a replacement, and the request is matching again (the admin's SLA board says so).

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const HOUR_MS = 3_600_000;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const stripeUrl = () => readFileSync(`.data/e2e-stripe-url-${process.env.E2E_PORT}`, "utf8").trim();

async function standin(path: string, body: Record<string, string>, { isStripeApi = false } = {}) {
  const response = await fetch(`${stripeUrl()}${path}`, {
    method: "POST",
    headers: isStripeApi
      ? { authorization: `Bearer ${STANDIN_SECRET_KEY}`, "content-type": "application/x-www-form-urlencoded" }
      : { "content-type": "application/json" },
    body: isStripeApi ? new URLSearchParams(body).toString() : JSON.stringify(body),
  });
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

/** A contract of two milestones, accepted, both paid on the stand-in; the expert has submitted the first. */
async function trialContract(client: ChatParty, expert: ChatParty, requestId: string) {
  const request = (await (await client.request.get(`/api/v1/requests/${requestId}`)).json()) as { shortlist: { matchId: string }[] };
  const proposed = await client.request.post("/api/v1/contracts", {
    data: {
      matchId: request.shortlist[0].matchId,
      title: "Checkout rewrite",
      currency: "USD",
      totalCents: 70_000,
      milestones: [
        { title: "Spike", description: "", amountCents: 30_000, dueDate: inDays(5) },
        { title: "Build", description: "", amountCents: 40_000, dueDate: inDays(20) },
      ],
    },
  });
  expect(proposed.status(), await proposed.text()).toBe(201);
  const { id: contractId } = (await proposed.json()) as { id: string };
  const onboarding = (await (await expert.request.post("/api/v1/payouts/onboarding", { data: {} })).json()) as { url: string };
  await standin(`/_standin/accounts/${new URL(onboarding.url).pathname.split("/")[3]}/complete-onboarding`, {});
  await expect.poll(async () => ((await (await expert.request.get("/api/v1/payouts")).json()) as { payoutsEnabled?: boolean }).payoutsEnabled).toBe(true);
  expect((await expert.request.post(`/api/v1/contracts/${contractId}/accept`)).status()).toBe(200);

  const milestoneIds = async () =>
    ((await (await client.request.get(`/api/v1/contracts/${contractId}`)).json()) as { milestones: { id: string; status: string }[] }).milestones;
  for (const milestone of await milestoneIds()) {
    const funding = await client.request.post(`/api/v1/milestones/${milestone.id}/fund`, { data: {} });
    expect(funding.status(), await funding.text()).toBe(200);
    const { checkoutUrl } = (await funding.json()) as { checkoutUrl: string };
    await standin(`/_standin/checkout/${new URL(checkoutUrl).pathname.split("/").pop()}/pay`, { card: "4242 4242 4242 4242" });
  }
  await expect.poll(async () => (await milestoneIds()).map((milestone) => milestone.status), { timeout: 20_000 }).toEqual(["FUNDED", "FUNDED"]);
  const [spike] = await milestoneIds();
  const submitted = await expert.request.post(`/api/v1/milestones/${spike.id}/submit`, {
    data: { note: "The spike report and the prototype branch.", links: [] },
  });
  expect(submitted.status(), await submitted.text()).toBe(200);
  return contractId;
}

test.describe("ending a contract in its trial", () => {
  test("the client ends it as not the right fit, sees the refund, and gets the request matched again as a replacement", async ({ browser }) => {
    test.slow();
    const { client, experts, requestId, title } = await createChat(1);
    const [expert] = experts;
    // Trial payouts come from the platform's own balance.
    await standin("/v1/topups", { amount: "1000000", currency: "usd" }, { isStripeApi: true });
    const contractId = await trialContract(client, expert, requestId);

    const context = await browser.newContext({ storageState: await client.request.storageState(), viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(`/contracts/${contractId}`);
    await expect(page.getByText(/^Trial until \d{1,2} [A-Z][a-z]{2}$/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "End contract" }).click();
    const dialog = page.getByRole("dialog", { name: "End this contract" });
    await expect(dialog).toContainText("You are in the trial");
    await dialog.getByRole("button", { name: "End contract" }).click();
    await expect(dialog.getByText("Choose why you are ending the contract.")).toBeVisible();
    await dialog.getByLabel("Why are you ending it?").selectOption({ label: "Not the right fit" });
    await dialog.getByLabel(/Anything the other side should know/).fill("We need someone deeper in payments.");
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "End contract" }).click();

    // Everything held comes back; the expert is paid for the submitted spike at Vetted's cost.
    await expect(page.getByText("This contract has ended", { exact: true })).toBeVisible();
    await expect(page.getByText("money held for work not yet approved is refunded to the client")).toBeVisible();
    await expect(page.getByText(/Vetted pays .+ \$300\.00 for the work submitted in the trial/)).toBeVisible();
    const money = page.getByRole("region", { name: "Money" });
    await expect(async () => {
      await page.reload();
      await expect(money.getByText("Refunded").locator("xpath=following-sibling::dd")).toHaveText("$700.00", { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(money.getByText("Held by Vetted").locator("xpath=following-sibling::dd")).toHaveText("$0.00");

    // Find me a replacement: matching again, with a new 8-hour clock.
    const before = Date.now();
    await page.getByRole("button", { name: "Find me a replacement" }).click();
    const confirm = page.getByRole("dialog", { name: "Find a replacement expert" });
    await confirm.getByRole("button", { name: "Start matching again" }).click();
    await expect(page.getByRole("region", { name: "Notifications" }).getByText("Matching has started again.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Find me a replacement" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    const matched = (await (await client.request.get(`/api/v1/requests/${requestId}`)).json()) as { status: string; matchDeadline: string };
    expect(matched.status).toBe("MATCHING");
    const deadline = new Date(matched.matchDeadline).getTime();
    expect(deadline - before).toBeGreaterThan(8 * HOUR_MS - 60_000);
    expect(deadline - before).toBeLessThan(8 * HOUR_MS + 60_000);
    await context.close();

    // The admin's SLA board marks it as a replacement.
    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const adminPage = await adminContext.newPage();
    await signInThroughApi(adminPage.request, await createAdminAccount());
    await adminPage.goto("/admin/sla");
    const row = adminPage.getByRole("row", { name: new RegExp(title) });
    await expect(row.getByText("Replacement")).toBeVisible();
    await adminContext.close();
  });
});
