import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { Client } from "pg";
import { type ChatParty, createChat } from "./chat-fixtures";
import { e2eDatabaseUrl, expect, test } from "./fixtures";

// An interview before hiring: the client (entering times in Berlin) offers three, the expert (whose
// profile is in New York) sees them in New York time and picks one; both get the calendar invite by
// email; the expert reschedules, the client picks the new time, then cancels.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";
const CALL_URL = "https://meet.example.com/e2e-interview";

async function pageFor(browser: Browser, party: ChatParty) {
  const context = await browser.newContext({ storageState: await party.request.storageState(), viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

async function query<Row extends Record<string, unknown>>(sql: string, values: unknown[]) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    return (await database.query<Row>(sql, values)).rows;
  } finally {
    await database.end();
  }
}

/** The UTC instant of a wall-clock time in `timeZone` (the offset read for that very date). */
function instantOf(local: string, timeZone: string) {
  const asUtc = new Date(`${local}:00Z`);
  const zone = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(asUtc)
    .find((part) => part.type === "timeZoneName")?.value;
  const [, sign, hours, minutes] = /GMT([+-])(\d\d):(\d\d)/.exec(zone ?? "") ?? ["", "+", "00", "00"];
  const offset = (Number(hours) * 60 + Number(minutes)) * (sign === "-" ? -1 : 1);
  return new Date(asUtc.getTime() - offset * 60_000);
}
const format = (at: Date, timeZone: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hourCycle: "h23", ...options }).format(at);
const startLabel = (at: Date, timeZone: string) =>
  format(at, timeZone, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
const rangeLabel = (at: Date, minutes: number, timeZone: string) =>
  `${startLabel(at, timeZone)}–${format(new Date(at.getTime() + minutes * 60_000), timeZone, { hour: "2-digit", minute: "2-digit" })} (${timeZone.replaceAll("_", " ")})`;
const dayIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function invitesTo(email: string, subjectStart: string) {
  return query<{ subject: string; text: string; attachments: { filename: string; content: string }[] | null }>(
    `SELECT subject, text, attachments FROM email_outbox WHERE "toEmail" = $1 AND subject LIKE $2 ORDER BY "createdAt", id`,
    [email, `${subjectStart}%`],
  );
}
const unfolded = (ics: string | undefined) => (ics ?? "").replace(/\r?\n[ \t]/g, "");

test.describe("interviews before hiring", () => {
  test("the client offers three times, the expert picks one in their own time zone, both get the invite; then a reschedule and a cancel", async ({
    browser,
  }) => {
    test.slow();
    const { client, experts, requestId } = await createChat(1);
    const [expert] = experts;
    await query(`UPDATE expert_profiles SET timezone = $1 WHERE "userId" = $2`, [NEW_YORK, expert.userId]);
    const [names] = await query<{ expertName: string; companyName: string }>(
      `SELECT u.name AS "expertName", c.name AS "companyName" FROM users u, hiring_requests r JOIN companies c ON c.id = r."companyId" WHERE u.id = $1 AND r.id = $2`,
      [expert.userId, requestId],
    );
    const clientPage = await pageFor(browser, client);
    const expertPage = await pageFor(browser, expert);

    // The client offers three times, entered in Berlin time.
    const day = dayIn(5);
    const offered = [`${day}T15:00`, `${day}T16:30`, `${dayIn(6)}T11:00`];
    await clientPage.goto(`/client/requests/${requestId}`);
    const clientPanel = clientPage.getByRole("region", { name: `Interview with ${names.expertName}` });
    await clientPanel.getByRole("button", { name: "Propose an interview" }).click();
    await clientPanel.getByLabel("Time zone of these times").selectOption(BERLIN);
    for (const [index, local] of offered.entries()) {
      if (index > 0) await clientPanel.getByRole("button", { name: "Add another time" }).click();
      await clientPanel.getByLabel(`Time ${index + 1}`, { exact: true }).fill(local);
    }
    await clientPanel.getByRole("textbox", { name: "Call link" }).fill(CALL_URL);
    await expectNoAxeViolations(clientPage);
    await clientPanel.getByRole("button", { name: "Send the interview times" }).click();
    await expect(clientPanel.getByRole("heading", { name: `Interview times offered: waiting for ${names.expertName} to pick one` })).toBeVisible();
    const instants = offered.map((local) => instantOf(local, BERLIN));
    await expect(clientPanel.getByText(rangeLabel(instants[0], 45, BERLIN))).toBeVisible();

    // The expert sees the times in New York time and picks the first.
    await expertPage.goto("/expert/invitations");
    const expertPanel = expertPage.getByRole("region", { name: `Interview with ${names.companyName}` });
    for (const instant of instants) await expect(expertPanel.getByRole("button", { name: `Pick ${rangeLabel(instant, 45, NEW_YORK)}` })).toBeVisible();
    await expectNoAxeViolations(expertPage);
    await expertPanel.getByRole("button", { name: `Pick ${rangeLabel(instants[0], 45, NEW_YORK)}` }).click();
    await expect(expertPanel.getByRole("heading", { name: `Interview ${startLabel(instants[0], NEW_YORK)} your time` })).toBeVisible();
    await expect(expertPanel.getByRole("link", { name: CALL_URL })).toBeVisible();

    // Both get the calendar invite: a REQUEST at the picked instant in UTC.
    const dtStart = `DTSTART:${instants[0].toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
    for (const email of [client.email, expert.email]) {
      await expect.poll(async () => (await invitesTo(email, "Interview confirmed")).length).toBe(1);
      const [mail] = await invitesTo(email, "Interview confirmed");
      expect(mail.attachments?.[0].filename).toBe("interview.ics");
      const ics = unfolded(mail.attachments?.[0].content);
      expect(ics).toContain("METHOD:REQUEST");
      expect(ics).toContain(dtStart);
      expect(ics).toContain("SEQUENCE:0");
      expect(ics).toContain(`LOCATION:${CALL_URL}`);
    }
    await clientPage.reload();
    await expect(clientPanel.getByRole("heading", { name: `Interview ${startLabel(instants[0], BERLIN)} your time` })).toBeVisible();

    // The expert reschedules, entering a time in New York; the client sees it in Berlin time and picks it.
    await expertPanel.getByRole("button", { name: "Reschedule" }).click();
    await expect(expertPanel.getByLabel("Time zone of these times")).toHaveValue(NEW_YORK);
    const moved = `${dayIn(7)}T09:00`;
    await expertPanel.getByLabel("Time 1", { exact: true }).fill(moved);
    await expertPanel.getByRole("button", { name: "Send the new times" }).click();
    await expect(expertPanel.getByRole("heading", { name: `Interview times offered: waiting for ${names.companyName} to pick one` })).toBeVisible();
    const movedInstant = instantOf(moved, NEW_YORK);
    await clientPage.reload();
    await clientPanel.getByRole("button", { name: `Pick ${rangeLabel(movedInstant, 45, BERLIN)}` }).click();
    await expect(clientPanel.getByRole("heading", { name: `Interview ${startLabel(movedInstant, BERLIN)} your time` })).toBeVisible();
    await expect.poll(async () => (await invitesTo(expert.email, "Interview confirmed")).length).toBe(2);
    const rescheduled = unfolded((await invitesTo(expert.email, "Interview confirmed"))[1].attachments?.[0].content);
    expect(rescheduled).toContain("SEQUENCE:1");
    expect(rescheduled).toContain(`DTSTART:${movedInstant.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`);

    // The client cancels with a reason: the expert is told and the calendar entry is withdrawn.
    await clientPanel.getByRole("button", { name: "Cancel interview" }).click();
    await clientPanel.getByRole("textbox", { name: "Reason for cancelling" }).fill("We found the right person already.");
    await clientPanel.getByRole("button", { name: "Cancel the interview" }).click();
    await expect(clientPanel.getByRole("heading", { name: "Interview cancelled" })).toBeVisible();
    await expect.poll(async () => (await invitesTo(expert.email, "Interview cancelled")).length).toBe(1);
    const [cancelMail] = await invitesTo(expert.email, "Interview cancelled");
    expect(cancelMail.text).toContain("We found the right person already.");
    const cancelIcs = unfolded(cancelMail.attachments?.[0].content);
    expect(cancelIcs).toContain("METHOD:CANCEL");
    expect(cancelIcs).toContain("SEQUENCE:2");
    await expertPage.reload();
    await expect(expertPanel.getByRole("heading", { name: "Interview cancelled" })).toBeVisible();
    await expect(expertPanel.getByText("Reason: We found the right person already.")).toBeVisible();
  });
});
