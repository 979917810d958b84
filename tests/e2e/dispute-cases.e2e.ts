import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser } from "@playwright/test";
import { pdfFile } from "./attachment-fixtures";
import { callApi, expectStatus, untilTrue, withDatabase } from "./authorization/api-client";
import { type ChatParty, createChat } from "./chat-fixtures";
import { expect, signInThroughApi, test } from "./fixtures";
import { emailSubjectsTo } from "./mailbox";
import { createAdminAccount } from "./two-factor-fixtures";

// A dispute case in real Chromium: the client opens it with a reason and a file, the expert responds
// with theirs, an admin reads both on the case page and splits the held money with a written
// reasoning, and both sides read the decision on the contract and in their email.

async function pageFor(browser: Browser, party: ChatParty) {
  const context = await browser.newContext({ storageState: await party.request.storageState(), viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

/** A contract with its one milestone funded on the Stripe stand-in, through the API. */
async function fundedMilestone(client: ChatParty, expert: ChatParty, matchId: string) {
  const stripeUrl = readFileSync(`.data/e2e-stripe-url-${process.env.E2E_PORT}`, "utf8").trim();
  const standin = async (path: string, body: unknown) => {
    const response = await fetch(`${stripeUrl}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(response.status, await response.text()).toBe(200);
  };
  const proposed = await expectStatus(
    callApi<{ id: string }>(client, "POST", "/api/v1/contracts", {
      matchId,
      title: "Disputed audit",
      currency: "USD",
      totalCents: 120_000,
      milestones: [{ title: "Audit report", description: "", amountCents: 120_000, dueDate: new Date(Date.now() + 10 * 86_400_000).toISOString() }],
    }),
    201,
    "proposing a contract",
  );
  const onboarding = await expectStatus(callApi<{ url: string }>(expert, "POST", "/api/v1/payouts/onboarding", {}), 200, "starting payout onboarding");
  await standin(`/_standin/accounts/${new URL(onboarding.url).pathname.split("/")[3]}/complete-onboarding`, {});
  await untilTrue(
    "payouts are enabled",
    async () => (await callApi<{ payoutsEnabled?: boolean }>(expert, "GET", "/api/v1/payouts")).json?.payoutsEnabled === true,
  );
  await expectStatus(callApi(expert, "POST", `/api/v1/contracts/${proposed.id}/accept`), 200, "accepting the contract");
  const contract = await expectStatus(
    callApi<{ milestones: { id: string }[] }>(client, "GET", `/api/v1/contracts/${proposed.id}`),
    200,
    "reading the contract",
  );
  const milestoneId = contract.milestones[0].id;
  const funding = await expectStatus(callApi<{ checkoutUrl: string }>(client, "POST", `/api/v1/milestones/${milestoneId}/fund`, {}), 200, "funding");
  await standin(`/_standin/checkout/${new URL(funding.checkoutUrl).pathname.split("/").pop()}/pay`, { card: "4242 4242 4242 4242" });
  await untilTrue("the milestone is funded", async () => {
    const read = await callApi<{ milestones?: { status: string }[] }>(client, "GET", `/api/v1/contracts/${proposed.id}`);
    return read.json?.milestones?.[0]?.status === "FUNDED";
  });
  return { contractId: proposed.id, milestoneId };
}

test.describe("dispute cases", () => {
  test("the client opens a case with a file, the expert responds, an admin splits with reasoning, and both sides see it and get the email", async ({
    browser,
    page,
  }) => {
    test.slow();
    const { client, experts, requestId } = await createChat(1);
    const [expert] = experts;
    const request = await expectStatus(
      callApi<{ shortlist: { matchId: string }[] }>(client, "GET", `/api/v1/requests/${requestId}`),
      200,
      "reading the request",
    );
    const { contractId, milestoneId } = await fundedMilestone(client, expert, request.shortlist[0].matchId);

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
