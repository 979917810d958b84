import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { Client } from "pg";
import { type ChatParty, createChat } from "./chat-fixtures";
import { createClientAccount, e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function pageFor(browser: Browser, party: ChatParty) {
  const context = await browser.newContext({ storageState: await party.request.storageState(), viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

const messagesLink = (page: Page) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Messages/ });

test.describe("talking to candidates", () => {
  test("client and expert chat live: unread badge, read receipt and replies arrive without a reload", async ({ browser }) => {
    const { client, experts, title, conversationOf } = await createChat(1);
    const [expert] = experts;
    const conversationId = await conversationOf(expert);
    const clientPage = await pageFor(browser, client);
    const expertPage = await pageFor(browser, expert);

    await expertPage.goto("/messages");
    await expect(expertPage.getByRole("heading", { level: 1, name: "Messages" })).toBeVisible();
    await expect(messagesLink(expertPage)).toHaveAccessibleName("Messages");

    await clientPage.goto(`/messages/${conversationId}`);
    await expect(clientPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const clientLog = clientPage.getByRole("log", { name: /^Messages with / });
    const composer = clientPage.getByRole("textbox", { name: "Message" });
    await composer.fill("Hi! Could you start on Monday?");
    await composer.press("Enter");
    await expect(clientLog.getByText("Hi! Could you start on Monday?")).toBeVisible();
    await expect(clientLog.getByText("Sent", { exact: true })).toBeVisible();
    await expect(composer).toHaveValue("");

    // The expert's page was not reloaded: the stream brings the badge and the conversation row.
    await expect(messagesLink(expertPage)).toHaveAccessibleName("Messages (1 unread)");
    const row = expertPage.getByRole("list", { name: "Conversations" }).getByRole("link", { name: new RegExp(title) });
    await expect(row).toContainText("1 unread");
    await row.click();
    await expect(expertPage.getByRole("log", { name: /^Messages with / }).getByText("Hi! Could you start on Monday?")).toBeVisible();

    // Opening the thread reads it: the client sees the receipt, the expert's badge clears.
    await expect(clientLog.getByText("Read", { exact: true })).toBeVisible();
    await expect(messagesLink(expertPage)).toHaveAccessibleName("Messages");

    const expertComposer = expertPage.getByRole("textbox", { name: "Message" });
    await expertComposer.fill("Yes, Monday works.");
    await expertComposer.press("Shift+Enter");
    await expertComposer.pressSequentially("Details: https://example.com/plan?week=1.");
    await expertPage.getByRole("button", { name: "Send" }).click();
    await expect(clientLog.getByText("Yes, Monday works.")).toBeVisible();
    const link = clientLog.getByRole("link", { name: "https://example.com/plan?week=1" });
    await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");

    const results = await new AxeBuilder({ page: clientPage }).withTags(WCAG).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await Promise.all([clientPage.context().close(), expertPage.context().close()]);
  });

  test("message text is shown as text, never as markup, and a draft survives a reload", async ({ browser }) => {
    const { client, experts, conversationOf } = await createChat(1);
    const conversationId = await conversationOf(experts[0]);
    const page = await pageFor(browser, client);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`/messages/${conversationId}`);
    const composer = page.getByRole("textbox", { name: "Message" });
    await composer.fill(`<img src=x onerror="alert(1)"> <b>bold?</b> javascript:alert(2)`);
    await composer.press("Enter");
    const log = page.getByRole("log", { name: /^Messages with / });
    await expect(log.getByText(`<img src=x onerror="alert(1)"> <b>bold?</b> javascript:alert(2)`)).toBeVisible();
    await expect(log.locator("img, b")).toHaveCount(0);
    await expect(log.getByRole("link")).toHaveCount(0);

    await composer.fill("A draft I have not sent yet");
    await page.reload();
    await expect(page.getByRole("textbox", { name: "Message" })).toHaveValue("A draft I have not sent yet");
    expect(dialogs).toBe(0);
    await page.context().close();
  });

  test("the client opens the conversation from the shortlist; a stranger's conversation is a 404 page", async ({ browser }) => {
    const { client, experts, requestId, conversationOf } = await createChat(2);
    const page = await pageFor(browser, client);
    await page.goto(`/client/requests/${requestId}`);
    await page.getByRole("link", { name: `Message ${await nameOf(experts[0])}` }).click();
    await expect(page).toHaveURL(new RegExp(`/messages/${await conversationOf(experts[0])}$`));
    await page.context().close();

    const stranger = await pageFor(browser, experts[1]);
    const response = await stranger.goto(`/messages/${await conversationOf(experts[0])}`);
    expect(response?.status()).toBe(404);
    await stranger.context().close();
  });
});

async function nameOf(party: ChatParty) {
  return ((await (await party.request.get("/api/v1/me")).json()) as { name: string }).name;
}

test.describe("a long conversation list", () => {
  test("shows the newest 30 and opens older ones on request", async ({ page }) => {
    const client = await createClientAccount(page.request);
    const database = new Client({ connectionString: e2eDatabaseUrl() });
    await database.connect();
    try {
      // 32 conversations of this new client, a minute apart; only the list is exercised here.
      await database.query(
        `WITH made AS (
           INSERT INTO conversations (id, "lastMessageAt", "createdAt")
           SELECT $2 || g, now() - make_interval(mins => g), now() - interval '1 day' FROM generate_series(1, 32) g RETURNING id)
         INSERT INTO conversation_participants ("conversationId", "userId") SELECT made.id, u.id FROM made, users u WHERE u.email = $1`,
        [client.email, `e2e_many_${randomUUID()}_`],
      );
    } finally {
      await database.end();
    }
    await signInThroughApi(page.request, client);
    await page.goto("/messages");
    const rows = page.getByRole("list", { name: "Conversations" }).getByRole("listitem");
    await expect(rows).toHaveCount(30);
    await page.getByRole("button", { name: "Show older conversations" }).click();
    await expect(rows).toHaveCount(32);
    await expect(page.getByRole("button", { name: "Show older conversations" })).toHaveCount(0);
  });
});
