import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { Client } from "pg";
import { type ChatParty, createChat } from "./chat-fixtures";
import { e2eDatabaseUrl, expect, test } from "./fixtures";

// Two-way reviews and hiring again, each side in its own browser: both review a completed contract (the
// client's review reaches the expert only once the expert has written theirs), then the client saves the
// expert, finds them on the saved list, hires them again without a request, and the expert accepts.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function pageFor(browser: Browser, party: ChatParty) {
  const context = await browser.newContext({ storageState: await party.request.storageState(), viewport: { width: 375, height: 900 } });
  return context.newPage();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

/** Proposes through the API, then marks the contract accepted and completed with its work released, as the money flow would. */
async function completedContract(client: ChatParty, requestId: string) {
  const request = (await (await client.request.get(`/api/v1/requests/${requestId}`)).json()) as { shortlist: { matchId: string }[] };
  const proposed = await client.request.post("/api/v1/contracts", {
    data: {
      matchId: request.shortlist[0].matchId,
      title: "Warehouse data model",
      currency: "USD",
      totalCents: 80_000,
      milestones: [{ title: "Model and docs", description: "", amountCents: 80_000, dueDate: inDays(10) }],
    },
  });
  expect(proposed.status(), await proposed.text()).toBe(201);
  const { id } = (await proposed.json()) as { id: string };
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    await database.query(
      `UPDATE milestones SET status = 'RELEASED', "submittedAt" = now() - interval '2 days', "releasedAt" = now() - interval '1 day' WHERE "contractId" = $1`,
      [id],
    );
    await database.query(`UPDATE contracts SET status = 'COMPLETED', "acceptedAt" = now() - interval '5 days', "completedAt" = now() WHERE id = $1`, [id]);
  } finally {
    await database.end();
  }
  return `/contracts/${id}`;
}

test.describe("reviews and hiring again", () => {
  test("both sides review blind, then the client saves the expert and hires them again; the expert accepts", async ({ browser }) => {
    test.slow();
    const { client, experts, requestId } = await createChat(1);
    const [expert] = experts;
    const expertName = ((await (await expert.request.get("/api/v1/me")).json()) as { name: string }).name;
    const contractUrl = await completedContract(client, requestId);
    const clientPage = await pageFor(browser, client);
    const expertPage = await pageFor(browser, expert);
    const clientWords = `Modelled our warehouse cleanly ${Date.now()}`;
    const expertWords = `Clear brief and quick answers ${Date.now()}`;

    // The client reviews first; their own review shows as hidden from the expert.
    await clientPage.goto(contractUrl);
    const clientReviews = clientPage.getByRole("region", { name: "Reviews" });
    await clientReviews.getByRole("radio", { name: /^5/ }).check();
    await clientReviews.getByRole("textbox", { name: "Your review" }).fill(clientWords);
    await expectNoAxeViolations(clientPage);
    await clientReviews.getByRole("button", { name: "Submit review" }).click();
    await expect(clientReviews.getByText(clientWords)).toBeVisible();
    await expect(clientReviews.getByText("Hidden from the other side until they write theirs")).toBeVisible();

    // The expert sees that a review exists, not what it says, until they write theirs.
    await expertPage.goto(contractUrl);
    const expertReviews = expertPage.getByRole("region", { name: "Reviews" });
    await expect(expertReviews.getByText("Written. You will see it once you have written yours")).toBeVisible();
    await expect(expertPage.getByText(clientWords)).toHaveCount(0);
    const api = await expert.request.get(`/api/v1${contractUrl}/reviews`);
    expect(await api.text()).not.toContain(clientWords);
    await expertReviews.getByRole("radio", { name: /^4/ }).check();
    await expertReviews.getByRole("textbox", { name: "Your review" }).fill(expertWords);
    await expertReviews.getByRole("button", { name: "Submit review" }).click();
    await expect(expertReviews.getByText(clientWords)).toBeVisible();
    await expect(expertReviews.getByText(expertWords)).toBeVisible();

    await clientPage.reload();
    await expect(clientReviews.getByText(expertWords)).toBeVisible();

    // Save the expert from the contract page, find them on the saved list, hire them again.
    await clientPage.getByRole("button", { name: `Save ${expertName}` }).click();
    await expect(clientPage.getByRole("button", { name: `Saved: remove ${expertName} from saved experts` })).toBeVisible();
    await clientPage.goto("/client/saved-experts");
    const card = clientPage.getByRole("listitem", { name: expertName });
    await expect(card.getByText(/\d\.\d from \d+/)).toBeVisible();
    await expectNoAxeViolations(clientPage);
    await card.getByRole("link", { name: `Hire ${expertName} again` }).click();
    await expect(clientPage.getByRole("heading", { level: 1, name: `Hire ${expertName} again` })).toBeVisible();
    await clientPage.getByRole("textbox", { name: "Contract title" }).fill("Warehouse data model, phase two");
    const milestone = clientPage.getByRole("group", { name: "Milestone 1" });
    await milestone.getByRole("textbox", { name: "Title" }).fill("Incremental loads");
    await milestone.getByRole("textbox", { name: "Amount (USD)" }).fill("1,200.00");
    await milestone.getByLabel("Due date").fill(inDays(14));
    await clientPage.getByRole("button", { name: "Send proposal" }).click();
    await expect(clientPage).toHaveURL(/\/contracts\/[\w-]+$/);
    const rehireUrl = new URL(clientPage.url()).pathname;
    expect(rehireUrl).not.toBe(contractUrl);

    // The expert accepts as usual; the direct hire never shows up among the client's requests.
    await expertPage.goto(rehireUrl);
    await expertPage.getByRole("button", { name: "Accept contract" }).click();
    await expect(expertPage.getByRole("region", { name: "Your answer" })).toHaveCount(0);
    await expect(expertPage.getByText("Active").first()).toBeVisible();
    const requests = (await (await client.request.get("/api/v1/requests")).json()) as { requests: { title: string }[] };
    expect(requests.requests.map((request) => request.title)).not.toContain("Warehouse data model, phase two");
  });
});
