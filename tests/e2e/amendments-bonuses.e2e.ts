import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { type ChatParty, createChat } from "./chat-fixtures";
import { expect, test } from "./fixtures";

// A running contract changes: the client proposes a milestone and the expert accepts it; the client
// releases part of a funded milestone and pays a bonus on the stand-in's card page; the expert sees
// both paid. The client's side is checked at a phone's width.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function pageFor(browser: Browser, party: ChatParty, width: number) {
  const context = await browser.newContext({ storageState: await party.request.storageState(), viewport: { width, height: 900 } });
  return context.newPage();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

test("a contract amended by agreement, a milestone released in part and a bonus paid and released", async ({ browser }) => {
  test.slow();
  const { client, experts, requestId } = await createChat(1);
  const [expert] = experts;
  const expertName = ((await (await expert.request.get("/api/v1/me")).json()) as { name: string }).name;
  const clientPage = await pageFor(browser, client, 375);
  const expertPage = await pageFor(browser, expert, 1280);

  await clientPage.goto(`/client/requests/${requestId}`);
  await clientPage.getByRole("link", { name: `Hire ${expertName}` }).click();
  await clientPage.getByRole("textbox", { name: "Contract title" }).fill("Checkout rebuild");
  const first = clientPage.getByRole("group", { name: "Milestone 1" });
  await first.getByRole("textbox", { name: "Title" }).fill("Payment flow");
  await first.getByRole("textbox", { name: "Amount (USD)" }).fill("1,000.00");
  await first.getByLabel("Due date").fill(inDays(10));
  await clientPage.getByRole("button", { name: "Send proposal" }).click();
  await expect(clientPage).toHaveURL(/\/contracts\/[\w-]+$/);
  const contractUrl = new URL(clientPage.url()).pathname;

  await expertPage.goto("/expert/payouts");
  await expertPage.getByRole("button", { name: "Set up payouts with Stripe" }).click();
  await expertPage.getByRole("button", { name: "Complete onboarding" }).click();
  await expect(expertPage.getByRole("heading", { name: "Payouts enabled" })).toBeVisible();
  await expertPage.goto(contractUrl);
  await expertPage.getByRole("button", { name: "Accept contract" }).click();
  // The milestone is listed on the proposal too: the acceptance has landed once its button is gone.
  await expect(expertPage.getByRole("button", { name: "Accept contract" })).toBeHidden();
  await expect(expertPage.getByRole("listitem", { name: "1. Payment flow" })).toBeVisible();

  // The client proposes a second milestone; nothing changes until the expert accepts.
  await expect(async () => {
    await clientPage.reload();
    await expect(clientPage.getByRole("button", { name: "Propose a change" })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await clientPage.getByRole("button", { name: "Propose a change" }).click();
  const propose = clientPage.getByRole("dialog", { name: "Propose a change to the contract" });
  await propose.getByRole("combobox", { name: "What to change" }).selectOption("ADD_MILESTONE");
  await propose.getByRole("textbox", { name: "Title" }).fill("Refund flow");
  await propose.getByRole("textbox", { name: "Amount (USD)" }).fill("400.00");
  await propose.getByLabel("Due date").fill(inDays(20));
  await propose.getByRole("textbox", { name: "Note (optional)" }).fill("Refunds came up in review");
  await expectNoAxeViolations(clientPage);
  await propose.getByRole("button", { name: "Send proposal" }).click();
  await expect(propose).toBeHidden();
  const changes = clientPage.getByRole("region", { name: "Changes to the terms" });
  await expect(changes).toContainText("Waiting for an answer");
  await expect(clientPage.getByRole("listitem", { name: /Refund flow/ })).toHaveCount(0);

  await expertPage.reload();
  await expertPage.getByRole("region", { name: "Changes to the terms" }).getByRole("button", { name: "Accept change" }).click();
  await expertPage.getByRole("dialog", { name: "Accept this change?" }).getByRole("button", { name: "Yes, accept" }).click();
  await expect(expertPage.getByRole("listitem", { name: "2. Refund flow" })).toBeVisible();
  await clientPage.reload();
  await expect(changes).toContainText("Accepted");
  await expect(clientPage.getByText(/\$1,400\.00/).first()).toBeVisible();

  // The client funds the first milestone and releases $250.00 of it now.
  const milestone = clientPage.getByRole("listitem", { name: "1. Payment flow" });
  await milestone.getByRole("button", { name: "Fund milestone" }).click();
  await clientPage.getByLabel("Card number").fill("4242 4242 4242 4242");
  await clientPage.getByRole("button", { name: "Pay $1,000.00" }).click();
  await expect(clientPage.getByText(/“Payment flow” is funded/)).toBeVisible({ timeout: 20_000 });
  await clientPage.goto(contractUrl);
  await milestone.getByRole("button", { name: "Release part" }).click();
  const part = clientPage.getByRole("dialog", { name: "Release part of “Payment flow”?" });
  await part.getByRole("textbox", { name: "Amount to release (USD)" }).fill("1,000.00");
  await part.getByRole("button", { name: "Release this part" }).click();
  await expect(part.getByText(/less than \$1,000\.00/)).toBeVisible();
  await part.getByRole("textbox", { name: "Amount to release (USD)" }).fill("250.00");
  await part.getByRole("button", { name: "Release this part" }).click();
  await expect(part).toBeHidden();
  await expect(milestone).toContainText("$250.00 released so far");
  await expect(milestone).toContainText("$750.00 still held");

  // The client pays a bonus on the card page; it is released to the expert at once.
  await clientPage.getByRole("button", { name: "Pay a bonus" }).click();
  const bonus = clientPage.getByRole("dialog", { name: `Pay ${expertName} a bonus` });
  await bonus.getByRole("textbox", { name: "Amount (USD)" }).fill("20,000.00");
  await bonus.getByRole("textbox", { name: "Note for the expert" }).fill("Shipped early, thank you!");
  await bonus.getByRole("button", { name: "Continue to payment" }).click();
  await expect(bonus.getByText("A bonus can be at most $10,000.00.")).toBeVisible();
  await bonus.getByRole("textbox", { name: "Amount (USD)" }).fill("150.00");
  await bonus.getByRole("button", { name: "Continue to payment" }).click();
  await clientPage.getByLabel("Card number").fill("4242 4242 4242 4242");
  await clientPage.getByRole("button", { name: "Pay $150.00" }).click();
  await expect(clientPage.getByText("Your bonus is paid and on its way to the expert.")).toBeVisible({ timeout: 20_000 });
  await expectNoAxeViolations(clientPage);

  await expertPage.reload();
  const bonuses = expertPage.getByRole("region", { name: "Bonuses" });
  await expect(bonuses).toContainText("$150.00");
  await expect(bonuses).toContainText("expert receives $135.00");
  await expect(bonuses).toContainText("Shipped early, thank you!");
  await expect(bonuses).toContainText("Released");
  await expect(expertPage.getByRole("listitem", { name: "1. Payment flow" })).toContainText("$250.00 released so far");
  const money = expertPage.getByRole("region", { name: "Money" });
  await expect(money).toContainText(/Released\s*\$400\.00/);
  await expectNoAxeViolations(expertPage);
  // Nothing on the client's page is wider than the phone.
  const overflow = await clientPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await Promise.all([clientPage.context().close(), expertPage.context().close()]);
});
