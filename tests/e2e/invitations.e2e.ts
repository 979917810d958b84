import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { Client } from "pg";
import { demoAccount, e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";
import { insertMatchingRequest } from "./sla-fixtures";
import { createAdminAccount } from "./two-factor-fixtures";

const REASONS = ["Covers the required skills (verified)", "Rate within budget", "5 h overlap with the client's timezone"];

/** A matching request from the demo company with an open invitation for the demo expert, written straight to the database. */
async function inviteDemoExpert({ expiresInMinutes = 83 } = {}) {
  const title = `E2E invitation ${randomUUID().slice(0, 8)}`;
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    const expert = await database.query<{ id: string }>(`SELECT ep.id FROM expert_profiles ep JOIN users u ON u.id = ep."userId" WHERE u.email = $1`, [
      demoAccount("EXPERT").email,
    ]);
    const owner = await database.query<{ companyId: string; userId: string }>(
      `SELECT cm."companyId", cm."userId" FROM company_members cm JOIN users u ON u.id = cm."userId" WHERE u.email = $1`,
      [demoAccount("CLIENT").email],
    );
    const expertProfileId = expert.rows[0].id;
    const requestId = `e2e_request_${randomUUID()}`;
    const matchId = `e2e_match_${randomUUID()}`;
    await database.query(
      `INSERT INTO hiring_requests (id, "companyId", "createdById", title, description, "budgetMinCents", "budgetMaxCents", "hoursPerWeek",
         "durationWeeks", "startDate", timezone, status, "submittedAt", "matchDeadline", "updatedAt")
       VALUES ($1, $2, $3, $4, 'Build a small service with tests and a deploy pipeline, then hand it over to our team.', 8000, 12000, 20,
         8, now() + interval '14 days', 'Europe/Berlin', 'MATCHING', now(), now() + interval '8 hours', now())`,
      [requestId, owner.rows[0].companyId, owner.rows[0].userId, title],
    );
    await database.query(
      `INSERT INTO request_skills ("requestId", "skillId", "isRequired")
       SELECT $1, "skillId", true FROM expert_skills WHERE "expertProfileId" = $2 ORDER BY "skillId" LIMIT 2`,
      [requestId, expertProfileId],
    );
    await database.query(
      `INSERT INTO matches (id, "requestId", "expertProfileId", status, score, "scoreBreakdown", rank, "expiresAt", "updatedAt")
       VALUES ($1, $2, $3, 'INVITED', 0.82, $4, 1, now() + make_interval(mins => $5), now())`,
      [matchId, requestId, expertProfileId, JSON.stringify({ total: 0.82, terms: {}, reasons: REASONS }), expiresInMinutes],
    );
  } finally {
    await database.end();
  }
  return { title };
}

test.describe("expert invitations", () => {
  test.beforeEach(async ({ page }) => {
    await signInThroughApi(page.request, demoAccount("EXPERT"));
  });

  test("the expert reads why they were matched and accepts, confirming availability and rate", async ({ page }) => {
    const { title } = await inviteDemoExpert();
    await page.goto("/expert/invitations");
    await expect(page.getByRole("heading", { level: 1, name: "Invitations" })).toBeVisible();

    const card = page.getByRole("article", { name: title });
    await expect(card.getByText(/^Expires in 1 h (2[0-3]|19) min$/)).toBeVisible();
    await expect(card.getByRole("heading", { name: "Why you were matched" })).toBeVisible();
    for (const reason of REASONS) await expect(card.getByText(reason)).toBeVisible();
    await expect(card.getByText("$80/h – $120/h")).toBeVisible();

    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);

    await card.getByRole("button", { name: /^Accept/ }).click();
    const confirm = card.getByRole("checkbox", { name: "My availability and rate still hold" });
    await expect(confirm).toBeFocused();
    await card.getByRole("button", { name: "Accept invitation" }).click();
    await expect(card.getByText("Confirm that your availability and rate still hold.")).toBeVisible();
    await expect(confirm).toHaveAttribute("aria-invalid", "true");

    await confirm.check();
    await card.getByLabel(/Note to the client/).fill("I can start next Monday.");
    await card.getByRole("button", { name: "Accept invitation" }).click();

    await expect(page.getByText(`You accepted “${title}”`, { exact: false }).first()).toBeAttached();
    await expect(page.getByRole("article", { name: title })).toHaveCount(0);
    const row = page.getByRole("row", { name: new RegExp(title) });
    await expect(row.getByText("Accepted")).toBeVisible();
    await expect(row.getByText("I can start next Monday.")).toBeVisible();
  });

  test("the expert declines with a reason, which is required", async ({ page }) => {
    const { title } = await inviteDemoExpert();
    await page.goto("/expert/invitations");
    const card = page.getByRole("article", { name: title });

    await card.getByRole("button", { name: /^Decline/ }).click();
    await card.getByRole("button", { name: "Decline invitation" }).click();
    await expect(card.getByText("Tell the client briefly why.")).toBeVisible();
    await card.getByRole("textbox", { name: "Why are you declining?" }).fill("Booked until March");
    await card.getByRole("button", { name: "Decline invitation" }).click();

    const row = page.getByRole("row", { name: new RegExp(title) });
    await expect(row.getByText("Declined")).toBeVisible();
    await expect(row.getByText("Booked until March")).toBeVisible();
  });

  test("an invitation that expires while the page is open is refused kindly", async ({ page }) => {
    const { title } = await inviteDemoExpert({ expiresInMinutes: 1 });
    await page.goto("/expert/invitations");
    const card = page.getByRole("article", { name: title });
    await card.getByRole("button", { name: /^Accept/ }).click();
    await card.getByRole("checkbox", { name: "My availability and rate still hold" }).check();

    const database = new Client({ connectionString: e2eDatabaseUrl() });
    await database.connect();
    await database.query(`UPDATE matches m SET "expiresAt" = now() - interval '1 second' FROM hiring_requests r WHERE r.id = m."requestId" AND r.title = $1`, [
      title,
    ]);
    await database.end();
    await card.getByRole("button", { name: "Accept invitation" }).click();

    await expect(card.getByRole("alert")).toContainText("This invitation has expired.");
    await card.getByRole("button", { name: "Refresh invitations" }).click();
    await expect(page.getByRole("row", { name: new RegExp(title) }).getByText("Expired")).toBeVisible();
  });
});

test("the development mailbox does not exist in production builds", async ({ page }) => {
  const response = await page.goto("/dev/mailbox");
  expect(response?.status()).toBe(404);
});

test("an admin sees a breached request on the SLA board and hand-picks an expert", async ({ page }) => {
  const { title } = await insertMatchingRequest({ label: "breached", hoursAgo: 9, description: "Needs a hand-picked expert." });
  await signInThroughApi(page.request, await createAdminAccount());
  await page.goto("/admin/sla");
  await expect(page.getByRole("heading", { level: 1, name: "SLA board" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row.getByText("SLA breached")).toBeVisible();
  await expect(row.getByText("overdue by 1 h")).toBeVisible();

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);

  await row.getByRole("button", { name: /^Hand-pick/ }).click();
  const dialog = page.getByRole("dialog", { name: `Hand-pick for “${title}”` });
  const candidates = dialog.getByRole("list", { name: "Candidates" }).getByRole("listitem");
  await expect(candidates.first()).toBeVisible();
  const name = (await candidates.first().locator("p").first().textContent()) ?? "";
  await dialog.getByLabel(/Note shown with the pick/).fill("Picked after the deadline passed");
  await candidates.first().getByRole("button", { name: /^Pick/ }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${name} is on the shortlist for “${title}”.`).first()).toBeAttached();
  await expect(row.getByText("Matched")).toBeVisible();
  await expect(row.getByText("1/3")).toBeVisible();
});
