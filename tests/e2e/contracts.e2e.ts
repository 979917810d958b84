import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { type ChatParty, createChat } from "./chat-fixtures";
import { expect, test } from "./fixtures";
import { MOBILE_TAG } from "./mobile/device";

// Hire, fund, deliver, approve: the client and the expert in their own browsers, paying on the
// Stripe stand-in's card page and setting up payouts on its onboarding page.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function pageFor(browser: Browser, party: ChatParty) {
  const context = await browser.newContext({ storageState: await party.request.storageState(), viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test.describe("hiring and paying an expert", () => {
  test("the client hires, funds on the card page, the expert delivers, changes are requested and delivered, the client approves; both see the money released", {
    tag: MOBILE_TAG,
  }, async ({ browser }) => {
    test.slow();
    const { client, experts, requestId } = await createChat(1);
    const [expert] = experts;
    const expertName = ((await (await expert.request.get("/api/v1/me")).json()) as { name: string }).name;
    const clientPage = await pageFor(browser, client);
    const expertPage = await pageFor(browser, expert);

    // The client proposes two milestones from the shortlist.
    await clientPage.goto(`/client/requests/${requestId}`);
    await clientPage.getByRole("link", { name: `Hire ${expertName}` }).click();
    await expect(clientPage.getByRole("heading", { level: 1, name: `Hire ${expertName}` })).toBeVisible();
    await clientPage.getByRole("textbox", { name: "Contract title" }).fill("Data platform migration");
    const first = clientPage.getByRole("group", { name: "Milestone 1" });
    await first.getByRole("textbox", { name: "Title" }).fill("Audit and plan");
    await first.getByRole("textbox", { name: "Amount (USD)" }).fill("1,500.00");
    await first.getByLabel("Due date").fill(inDays(10));
    await clientPage.getByRole("button", { name: "Add a milestone" }).click();
    const second = clientPage.getByRole("group", { name: "Milestone 2" });
    await second.getByRole("textbox", { name: "Title" }).fill("Migration");
    await second.getByRole("textbox", { name: "Amount (USD)" }).fill("2,000.50");
    await second.getByLabel("Due date").fill(inDays(30));
    await expectNoAxeViolations(clientPage);
    await clientPage.getByRole("button", { name: "Send proposal" }).click();
    await expect(clientPage).toHaveURL(/\/contracts\/[\w-]+$/);
    const contractUrl = new URL(clientPage.url()).pathname;

    // The expert sets up payouts on Stripe's (stand-in) onboarding page, then accepts.
    await expertPage.goto("/expert/payouts");
    await expertPage.getByRole("button", { name: "Set up payouts with Stripe" }).click();
    await expertPage.getByRole("button", { name: "Complete onboarding" }).click();
    await expect(expertPage.getByRole("heading", { name: "Payouts enabled" })).toBeVisible();
    await expertPage.goto(contractUrl);
    await expertPage.getByRole("button", { name: "Accept contract" }).click();
    await expect(expertPage.getByRole("region", { name: "Your answer" })).toHaveCount(0);
    const expertMilestone = expertPage.getByRole("listitem", { name: "1. Audit and plan" });
    await expect(expertMilestone).toBeVisible();

    // The client funds the first milestone on the card page; a declined card first.
    await clientPage.reload();
    await expect(clientPage.getByText("Held by Vetted until you approve")).toBeVisible();
    const milestone = clientPage.getByRole("listitem", { name: "1. Audit and plan" });
    await milestone.getByRole("button", { name: "Fund milestone" }).click();
    await clientPage.getByLabel("Card number").fill("4000 0000 0000 0002");
    await clientPage.getByRole("button", { name: /^Pay / }).click();
    await expect(clientPage.getByRole("alert")).toContainText("Your card was declined.");
    await clientPage.getByLabel("Card number").fill("4242 4242 4242 4242");
    await clientPage.getByRole("button", { name: "Pay $1,500.00" }).click();
    await expect(clientPage).toHaveURL(new RegExp(`${contractUrl}\\?funded=`));
    await expect(clientPage.getByText(/“Audit and plan” is funded/)).toBeVisible({ timeout: 20_000 });
    await expectNoAxeViolations(clientPage);

    // The expert delivers.
    await expertPage.reload();
    await expertMilestone.getByRole("button", { name: "Submit work" }).click();
    const submit = expertPage.getByRole("dialog", { name: "Submit this milestone for review" });
    await submit.getByRole("textbox", { name: "What you delivered" }).fill("The audit report and the migration plan, reviewed with your team.");
    await submit.getByRole("textbox", { name: "Links (optional)" }).fill("https://example.com/audit-report");
    await submit.getByRole("button", { name: "Submit for review" }).click();
    await expect(submit).toBeHidden();
    // Said at once while the page refreshes, and still said by the refreshed card.
    await expect(expertMilestone.getByText(/^Submitted — waiting for the client's approval\./)).toBeVisible();
    await expect(expertMilestone.getByRole("button", { name: "Submit work" })).toBeHidden();

    // The client asks for changes and the expert delivers again: both keep seeing both rounds.
    await clientPage.goto(contractUrl);
    await milestone.getByRole("button", { name: "Request changes" }).click();
    const changes = clientPage.getByRole("dialog", { name: "Ask for changes" });
    await changes.getByRole("textbox", { name: "What should change" }).fill("Please add a cost estimate for each service.");
    await changes.getByRole("button", { name: "Send change request" }).click();
    await expect(changes).toBeHidden();
    await expertPage.reload();
    await expect(expertMilestone.getByRole("listitem", { name: "Round 1" })).toContainText("Please add a cost estimate for each service.");
    await expertMilestone.getByRole("button", { name: "Submit work" }).click();
    await submit.getByRole("textbox", { name: "What you delivered" }).fill("The audit report again, now with a cost estimate per service.");
    await submit.getByRole("button", { name: "Submit for review" }).click();
    await expect(submit).toBeHidden();
    const expectBothRounds = async (page: Page) => {
      const rounds = page.getByRole("listitem", { name: "1. Audit and plan" }).getByRole("listitem", { name: /^Round \d+$/ });
      await expect(rounds).toHaveCount(2);
      await expect(rounds.nth(0)).toContainText("The audit report and the migration plan, reviewed with your team.");
      await expect(rounds.nth(0)).toContainText("https://example.com/audit-report");
      await expect(rounds.nth(0)).toContainText("Please add a cost estimate for each service.");
      await expect(rounds.nth(1)).toContainText("The audit report again, now with a cost estimate per service.");
    };
    await expectBothRounds(expertPage);
    await clientPage.reload();
    await expectBothRounds(clientPage);

    // The client approves: $1,350.00 goes to the expert, $150.00 is the platform fee.
    await clientPage.goto(contractUrl);
    await milestone.getByRole("button", { name: "Approve and release" }).click();
    const approve = clientPage.getByRole("dialog", { name: "Approve “Audit and plan” and release the payment?" });
    await expect(approve).toContainText("$1,350.00");
    await approve.getByRole("button", { name: "Yes, release payment" }).click();
    await expect(approve).toBeHidden();
    const expectReleased = async (page: Page) => {
      const money = page.getByRole("region", { name: "Money" });
      await expect(money).toContainText(/Funded\s*\$1,500\.00/);
      await expect(money).toContainText(/Held by Vetted\s*\$0\.00/);
      await expect(money).toContainText(/Released\s*\$1,500\.00/);
      await expect(money).toContainText(/Platform fees\s*\$150\.00/);
      await expect(page.getByRole("listitem", { name: "1. Audit and plan" })).toContainText("Released");
      await expect(page.getByRole("listitem", { name: "1. Audit and plan" }).getByRole("listitem", { name: /^Round \d+$/ })).toHaveCount(2);
    };
    await expectReleased(clientPage);
    await expertPage.reload();
    await expectReleased(expertPage);
    await expectNoAxeViolations(expertPage);
    await Promise.all([clientPage.context().close(), expertPage.context().close()]);
  });
});
