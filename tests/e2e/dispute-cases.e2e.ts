import { randomUUID } from "node:crypto";
import type { Browser } from "@playwright/test";
import { pdfFile } from "./attachment-fixtures";
import { withDatabase } from "./authorization/api-client";
import { type ChatParty, createChat } from "./chat-fixtures";
import { expect, signInThroughApi, test } from "./fixtures";
import { emailSubjectsTo } from "./mailbox";
import { acceptedContract, fundMilestones } from "./money-setup";
import { createAdminAccount } from "./two-factor-fixtures";

// A dispute case in real Chromium: the client opens it with a reason and a file, the expert responds
// with theirs, an admin reads both on the case page and splits the held money with a written
// reasoning, and both sides read the decision on the contract and in their email.

async function pageFor(browser: Browser, party: ChatParty) {
  const context = await browser.newContext({ storageState: await party.request.storageState(), viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

test.describe("dispute cases", () => {
  test("the client opens a case with a file, the expert responds, an admin splits with reasoning, and both sides see it and get the email", async ({
    browser,
    page,
  }) => {
    test.slow();
    const { client, experts, requestId } = await createChat(1);
    const [expert] = experts;
    const { contractId, milestoneIds } = await acceptedContract(client, expert, requestId, {
      title: "Disputed audit",
      milestones: [{ title: "Audit report", amountCents: 120_000 }],
    });
    await fundMilestones(client, contractId, milestoneIds);
    const [milestoneId] = milestoneIds;

    // The client opens the dispute: a reason from the list, the details, a link and a file.
    const clientPage = await pageFor(browser, client);
    await clientPage.goto(`/contracts/${contractId}`);
    await clientPage.getByRole("listitem", { name: "1. Audit report" }).getByRole("button", { name: "Open a dispute" }).click();
    const opening = clientPage.getByRole("dialog", { name: "Open a dispute" });
    await opening.getByRole("button", { name: "Open dispute" }).click();
    await expect(opening.getByText("Choose what the dispute is about.")).toBeVisible();
    await opening.getByRole("combobox", { name: "What is the dispute about?" }).selectOption({ label: "Not what was agreed" });
    await opening.getByRole("textbox", { name: "Details" }).fill("The report skips the payments service, which the brief names first.");
    await opening.getByRole("textbox", { name: "Links" }).fill("not a link");
    const scope = pdfFile("agreed-scope.pdf", `Scope ${randomUUID()}`);
    await opening.locator('input[type="file"]').setInputFiles([scope]);
    await expect(opening.getByRole("list", { name: "Files being added" }).getByText("Ready", { exact: true })).toHaveCount(1, { timeout: 15_000 });
    await opening.getByRole("button", { name: "Open dispute" }).click();
    await expect(opening.getByText(/full http\(s\) link/)).toBeVisible();
    await opening.getByRole("textbox", { name: "Links" }).fill("https://example.com/agreed-scope");
    await opening.getByRole("button", { name: "Open dispute" }).click();
    await expect(opening).toBeHidden({ timeout: 15_000 });

    await clientPage.reload();
    const clientCase = clientPage.locator("#dispute");
    await expect(clientCase.getByRole("heading", { name: "Dispute: Audit report" })).toBeVisible();
    await expect(clientCase).toContainText("Not what was agreed");
    await expect(clientCase).toContainText(/Response due .* left/);
    await expect(clientCase).toContainText("Without a response by then, an admin decides on what was submitted.");
    await expect(clientCase.getByRole("link", { name: /agreed-scope\.pdf/ })).toBeVisible();

    // The expert reads the case, the client's file included, and responds with their own.
    const expertPage = await pageFor(browser, expert);
    await expertPage.goto(`/contracts/${contractId}`);
    const expertCase = expertPage.locator("#dispute");
    await expect(expertCase.getByRole("link", { name: /agreed-scope\.pdf/ })).toBeVisible();
    await expertCase.getByRole("button", { name: "Respond to the dispute" }).click();
    const responding = expertPage.getByRole("dialog", { name: "Your response" });
    await responding.getByRole("textbox", { name: "Your side" }).fill("The payments service was taken out of scope in our call on the 3rd; see the notes.");
    await responding.locator('input[type="file"]').setInputFiles([pdfFile("call-notes.pdf", `Notes ${randomUUID()}`)]);
    await expect(responding.getByRole("list", { name: "Files being added" }).getByText("Ready", { exact: true })).toHaveCount(1, { timeout: 15_000 });
    await responding.getByRole("button", { name: "Send response" }).click();
    await expect(responding).toBeHidden({ timeout: 15_000 });
    await expertPage.reload();
    await expect(expertCase).toContainText("Waiting for an admin's decision");
    await expect(expertCase.getByRole("button", { name: "Respond to the dispute" })).toHaveCount(0);

    // The admin decides on the case page: both statements, both files, the messages, then a split with reasoning.
    const disputeId = await withDatabase(async (database) => {
      const { rows } = await database.query<{ id: string }>(`SELECT id FROM disputes WHERE "milestoneId" = $1`, [milestoneId]);
      return rows[0].id;
    });
    await signInThroughApi(page.request, await createAdminAccount());
    await page.goto(`/admin/disputes/${disputeId}`);
    await expect(page.getByRole("heading", { name: "Dispute: Disputed audit" })).toBeVisible();
    const statements = page.getByRole("list", { name: "Statements and evidence" });
    await expect(statements.getByRole("link", { name: /agreed-scope\.pdf/ })).toBeVisible();
    await expect(statements.getByRole("link", { name: /call-notes\.pdf/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Messages" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
    await page.getByRole("textbox", { name: "Released to the expert (USD)" }).fill("500");
    await page.getByRole("textbox", { name: "Reasoning" }).fill("Too short.");
    await page.getByRole("button", { name: "Resolve dispute" }).click();
    await expect(page.getByText(/at least 30 characters/).first()).toBeVisible();
    const reasoning = `The report covers most of the agreed work; the payments part was not clearly taken out of scope in writing. ${randomUUID().slice(0, 8)}`;
    await page.getByRole("textbox", { name: "Reasoning" }).fill(reasoning);
    await page.getByRole("button", { name: "Resolve dispute" }).click();
    await expect(page.getByRole("heading", { name: "Decision: Split between both sides" })).toBeVisible({ timeout: 15_000 });

    // Both sides read the decision and its reasoning on the contract, and in their email.
    for (const partyPage of [clientPage, expertPage]) {
      await partyPage.reload();
      const decided = partyPage.locator("#dispute");
      await expect(decided.getByRole("heading", { name: "Decision: Split between both sides" })).toBeVisible();
      await expect(decided).toContainText(reasoning);
      await expect(decided).toContainText("$500.00");
      await expect(decided).toContainText("$700.00");
      await expect(decided.getByRole("button", { name: "Add evidence" })).toHaveCount(0);
    }
    for (const party of [client, expert]) {
      await expect.poll(async () => emailSubjectsTo(party.email)).toContain("Dispute decided: Audit report");
      const text = await withDatabase(async (database) => {
        const { rows } = await database.query<{ text: string }>(`SELECT text FROM email_outbox WHERE "toEmail" = $1 AND subject = $2`, [
          party.email,
          "Dispute decided: Audit report",
        ]);
        return rows.map((row) => row.text);
      });
      expect(text).toHaveLength(1);
      expect(text[0]).toContain(reasoning);
    }
    await Promise.all([clientPage.context().close(), expertPage.context().close()]);
  });
});
