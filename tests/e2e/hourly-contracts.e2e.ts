import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { Client } from "pg";
import { type ChatParty, createChat } from "./chat-fixtures";
import { e2eDatabaseUrl, expect, test } from "./fixtures";

// An hourly week end to end, the client and the expert in their own browsers: the client saves a card
// and hires by the hour, hours are logged (one entry refused at the cap), the week's job closes it, the
// client approves, the week is charged to the saved card and, after the review window, released to the
// expert minus the fee. The servers and the worker run on the real clock (lib/clock.ts is theirs), so
// the test moves the data instead, as other e2e tests do: the week's rows are shifted back by seven days
// and its close job made due, as if Sunday had ended; later its review window is made to end now.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function pageFor(browser: Browser, party: ChatParty) {
  const context = await browser.newContext({ storageState: await party.request.storageState(), viewport: { width: 375, height: 900 } });
  return context.newPage();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

async function withDatabase<T>(work: (database: Client) => Promise<T>) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    return await work(database);
  } finally {
    await database.end();
  }
}

/** The review window is over: the week's release job is due now. */
function endTheReviewWindow(weekId: string) {
  return withDatabase(async (database) => {
    await database.query(`UPDATE timesheet_weeks SET "reviewEndsAt" = (now() AT TIME ZONE 'UTC') - interval '1 second' WHERE id = $1`, [weekId]);
    await database.query(`UPDATE jobs SET "runAt" = now() AT TIME ZONE 'UTC' WHERE "dedupeKey" = $1 AND status = 'QUEUED'`, [`release-week:${weekId}`]);
  });
}

const milestoneMoney = (milestoneId: string) =>
  withDatabase(async (database) => {
    const { rows } = await database.query<{ status: string; transfers: { amountCents: number; feeCents: number; status: string }[] }>(
      `SELECT m.status, coalesce(json_agg(json_build_object('amountCents', t."amountCents", 'feeCents', t."feeCents", 'status', t.status))
         FILTER (WHERE t.id IS NOT NULL), '[]') AS transfers
       FROM milestones m LEFT JOIN transfers t ON t."milestoneId" = m.id WHERE m.id = $1 GROUP BY m.id`,
      [milestoneId],
    );
    return rows[0];
  });

/** Sunday has passed: the contract's week (and its entries) a week earlier, and its close job due now. */
function passTheEndOfSunday(contractId: string) {
  return withDatabase(async (database) => {
    const { rows } = await database.query<{ id: string }>(
      `UPDATE timesheet_weeks SET "weekStart" = "weekStart" - 7, "startsAt" = "startsAt" - interval '7 days', "endsAt" = "endsAt" - interval '7 days'
       WHERE "contractId" = $1 AND status = 'OPEN' RETURNING id`,
      [contractId],
    );
    const [week] = rows;
    await database.query(`UPDATE time_entries SET date = date - 7 WHERE "weekId" = $1`, [week.id]);
    await database.query(`UPDATE jobs SET "runAt" = now() AT TIME ZONE 'UTC' WHERE "dedupeKey" = $1 AND status = 'QUEUED'`, [`close-week:${week.id}`]);
    return week.id;
  });
}

const weekRow = (weekId: string) =>
  withDatabase(async (database) => {
    const { rows } = await database.query<{ status: string; totalMinutes: number; amountCents: number | null; milestoneId: string | null }>(
      `SELECT status, "totalMinutes", "amountCents", "milestoneId" FROM timesheet_weeks WHERE id = $1`,
      [weekId],
    );
    return rows[0];
  });

test.describe("an hourly contract's week", () => {
  test("a saved card, an hourly hire, hours within the cap, the week closes, the client approves, the card is charged, the expert is paid", async ({
    browser,
  }) => {
    test.slow();
    const { client, experts, requestId } = await createChat(1);
    const [expert] = experts;
    await withDatabase((database) => database.query(`UPDATE hiring_requests SET engagement = 'HOURLY', "hoursPerWeek" = 10 WHERE id = $1`, [requestId]));
    const expertName = ((await (await expert.request.get("/api/v1/me")).json()) as { name: string }).name;
    const clientPage = await pageFor(browser, client);
    const expertPage = await pageFor(browser, expert);

    // Hiring by the hour needs a card for the weekly charges: the client saves Visa •••• 4242.
    await clientPage.goto("/client/billing");
    const card = clientPage.getByRole("region", { name: "Card for charges" });
    await card.getByRole("button", { name: "Save a card" }).click();
    await clientPage.getByLabel("Card number").fill("4242 4242 4242 4242");
    await clientPage.getByLabel("Expiry date (MM/YY)").fill("04/29");
    await clientPage.getByRole("button", { name: "Save card" }).click();
    await expect(card).toContainText("Visa •••• 4242, expires 04/29");

    // The hire form starts on the request's engagement: hourly, its hours a week and its time zone.
    await clientPage.goto(`/client/requests/${requestId}`);
    await clientPage.getByRole("link", { name: `Hire ${expertName}` }).click();
    await expect(clientPage.getByRole("radio", { name: /Hourly/ })).toBeChecked();
    await expect(clientPage.getByRole("textbox", { name: "Weekly cap (hours)" })).toHaveValue("10");
    await expect(clientPage.getByRole("combobox", { name: "Weeks run Monday to Sunday in" })).toHaveValue("Europe/Berlin");
    await clientPage.getByRole("textbox", { name: "Contract title" }).fill("Data platform support");
    await clientPage.getByRole("textbox", { name: "Hourly rate (USD)" }).fill("80.00");
    await expectNoAxeViolations(clientPage);
    await clientPage.getByRole("button", { name: "Send proposal" }).click();
    await expect(clientPage).toHaveURL(/\/contracts\/[\w-]+$/);
    const contractUrl = new URL(clientPage.url()).pathname;
    const contractId = contractUrl.split("/").at(-1)!;

    // The expert sees the rate and the cap, sets up payouts and accepts.
    await expertPage.goto(contractUrl);
    await expect(expertPage.getByRole("region", { name: "Your answer" })).toContainText("$80.00 an hour, up to 10 hours a week");
    await expertPage.goto("/expert/payouts");
    await expertPage.getByRole("button", { name: "Set up payouts with Stripe" }).click();
    await expertPage.getByRole("button", { name: "Complete onboarding" }).click();
    await expect(expertPage.getByRole("heading", { name: "Payouts enabled" })).toBeVisible();
    await expertPage.goto(contractUrl);
    await expertPage.getByRole("button", { name: "Accept contract" }).click();
    const hours = expertPage.getByRole("region", { name: "Hours" });
    await expect(hours).toBeVisible();
    await clientPage.reload();
    const clientHours = clientPage.getByRole("region", { name: "Hours" });
    await expect(clientHours).toContainText("0 of 10 hours logged");

    // The expert logs 2.5 hours today; 8 more would pass the cap and are refused with what still fits.
    const logForm = hours.getByRole("form", { name: "Log time" });
    await logForm.getByRole("textbox", { name: "Hours" }).fill("2.5");
    await logForm.getByRole("textbox", { name: "What you worked on" }).fill("Reviewed the ingestion jobs and fixed the retry policy.");
    await logForm.getByRole("button", { name: "Log time" }).click();
    await expect(hours).toContainText("2.5 of 10 hours logged");
    await logForm.getByRole("textbox", { name: "Hours" }).fill("8");
    await logForm.getByRole("textbox", { name: "What you worked on" }).fill("Everything else.");
    await logForm.getByRole("button", { name: "Log time" }).click();
    await expect(logForm).toContainText("This week has 2.5 of 10 hours logged; 8 more hours would pass the cap. Log at most 7.5.");
    await expect(hours).toContainText("Reviewed the ingestion jobs and fixed the retry policy.");
    await expectNoAxeViolations(expertPage);

    // The client's open page shows the hours without a reload.
    await expect(clientHours).toContainText("2.5 of 10 hours logged", { timeout: 20_000 });

    // Sunday ends: the close job closes the week, it goes to the client for review.
    const weekId = await passTheEndOfSunday(contractId);
    await expect.poll(async () => (await weekRow(weekId)).status, { timeout: 20_000 }).toBe("IN_REVIEW");
    expect(await weekRow(weekId)).toMatchObject({ totalMinutes: 150, amountCents: 20_000, milestoneId: null });
    await clientPage.reload();
    const pastWeek = clientHours.getByRole("listitem").filter({ hasText: "Week of" });
    await expect(pastWeek).toContainText("In review");
    await expect(pastWeek).toContainText("2.5 h of 10 · $200.00");
    await expectNoAxeViolations(clientPage);

    // The client approves: one HOURLY_WEEK milestone for $200.00, charged to the saved card and held.
    await pastWeek.getByRole("button", { name: "Approve hours" }).click();
    const approve = clientPage.getByRole("dialog", { name: /^Approve 2\.5 h for the week of/ });
    await expect(approve).toContainText("$200.00 is charged to your saved card");
    await approve.getByRole("button", { name: "Yes, approve" }).click();
    await expect(approve).toBeHidden();
    await expect(pastWeek).toContainText("Approved");
    const billed = await weekRow(weekId);
    expect(billed.status).toBe("APPROVED");
    const milestoneId = billed.milestoneId!;
    await expect.poll(async () => (await milestoneMoney(milestoneId)).status, { timeout: 20_000 }).toBe("FUNDED");
    const milestones = await withDatabase((database) =>
      database.query<{ kind: string; amountCents: number }>(`SELECT kind, "amountCents" FROM milestones WHERE "contractId" = $1`, [contractId]),
    );
    expect(milestones.rows).toEqual([{ kind: "HOURLY_WEEK", amountCents: 20_000 }]);
    await clientPage.reload();
    await expect(pastWeek).toContainText("$200.00 · charged, held by Vetted");
    await expect(clientPage.getByRole("region", { name: "Milestones" })).toHaveCount(0);

    // The review window ends: the week is released to the expert, $180.00 after the $20.00 fee.
    await endTheReviewWindow(weekId);
    await expect.poll(async () => (await milestoneMoney(milestoneId)).transfers[0]?.status, { timeout: 20_000 }).toBe("PAID");
    expect(await milestoneMoney(milestoneId)).toEqual({ status: "RELEASED", transfers: [{ amountCents: 18_000, feeCents: 2_000, status: "PAID" }] });
    for (const page of [clientPage, expertPage]) {
      await page.goto(contractUrl);
      await expect(page.getByRole("region", { name: "Hours" }).getByRole("listitem").filter({ hasText: "Week of" })).toContainText("paid to the expert");
      const money = page.getByRole("region", { name: "Money" });
      await expect(money).toContainText(/Funded\s*\$200\.00/);
      await expect(money).toContainText(/Held by Vetted\s*\$0\.00/);
      await expect(money).toContainText(/Released\s*\$200\.00/);
      await expect(money).toContainText(/Platform fees\s*\$20\.00/);
    }
    await expectNoAxeViolations(expertPage);
    await Promise.all([clientPage.context().close(), expertPage.context().close()]);
  });
});
