import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { Client } from "pg";
import { type ChatParty, createChat } from "./chat-fixtures";
import { e2eDatabaseUrl, expect, test } from "./fixtures";

// An hourly week end to end, the client and the expert in their own browsers: hired by the hour, hours
// logged (one entry refused at the cap), the week closed by its job, the client approves and the week
// is billed. The servers and the worker run on the real clock, so the test moves the week instead: its
// rows are shifted back by seven days and its close job made due, as if the clock had passed Sunday.

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
  test("hired by the hour, the expert logs hours within the cap, the week closes, the client approves and it is billed once", async ({ browser }) => {
    test.slow();
    const { client, experts, requestId } = await createChat(1);
    const [expert] = experts;
    await withDatabase((database) => database.query(`UPDATE hiring_requests SET engagement = 'HOURLY', "hoursPerWeek" = 10 WHERE id = $1`, [requestId]));
    const expertName = ((await (await expert.request.get("/api/v1/me")).json()) as { name: string }).name;
    const clientPage = await pageFor(browser, client);
    const expertPage = await pageFor(browser, expert);

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

    // The client approves: one HOURLY_WEEK milestone for $200.00, and the week shows as approved.
    await pastWeek.getByRole("button", { name: "Approve hours" }).click();
    const approve = clientPage.getByRole("dialog", { name: /^Approve 2\.5 h for the week of/ });
    await approve.getByRole("button", { name: "Yes, approve" }).click();
    await expect(approve).toBeHidden();
    await expect(pastWeek).toContainText("Approved");
    const billed = await weekRow(weekId);
    expect(billed.status).toBe("APPROVED");
    const milestone = await withDatabase(async (database) => {
      const { rows } = await database.query<{ kind: string; amountCents: number; count: string }>(
        `SELECT kind, "amountCents", (SELECT count(*) FROM milestones WHERE "contractId" = $2) AS count FROM milestones WHERE id = $1`,
        [billed.milestoneId, contractId],
      );
      return rows[0];
    });
    expect(milestone).toEqual({ kind: "HOURLY_WEEK", amountCents: 20_000, count: "1" });
    await expect(clientPage.getByRole("region", { name: "Milestones" })).toHaveCount(0);
    await Promise.all([clientPage.context().close(), expertPage.context().close()]);
  });
});
