import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { createClientAccount, e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";

// Team accounts in a real browser: an owner invites a colleague as a viewer from Settings → Team, the
// colleague opens the link from the email, signs up straight into the company and sees what a viewer
// may: the company's requests read-only, no way to raise one, no team management. A used or forged
// link says so and changes nothing; the owner's activity view shows who did what.

/** The link in the newest email to `email`, as a path on this site (the e2e build has no mailbox page). */
async function invitationLinkTo(email: string) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    const mail = await database.query<{ text: string }>(`SELECT text FROM email_outbox WHERE "toEmail" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [email]);
    const url = new URL(/https?:\/\/\S+invitation=\S+/.exec(mail.rows[0]?.text ?? "")?.[0] ?? "http://missing/");
    return `${url.pathname}${url.search}`;
  } finally {
    await database.end();
  }
}

test("an owner invites a viewer, who signs up through the emailed link into a role-limited view", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const owner = await createClientAccount(page.request);
  await signInThroughApi(page.request, owner);
  const inviteeEmail = `e2e-viewer-${randomUUID().slice(0, 8)}@example.test`;

  await page.goto("/settings/team");
  await expect(page.getByRole("heading", { level: 2, name: `Members of ${owner.companyName}` })).toBeVisible();
  await page.getByLabel("Email address").fill(inviteeEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${inviteeEmail}.`).first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Pending invitations" })).toBeVisible();
  await expect(page.getByText(inviteeEmail, { exact: true })).toBeVisible();

  const link = await invitationLinkTo(inviteeEmail);
  expect(link).toMatch(/^\/sign-up\?invitation=/);

  const invitee = await browser.newContext({ baseURL });
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole("heading", { level: 1, name: `Join ${owner.companyName} on Vetted` })).toBeVisible();
  await expect(inviteePage.getByLabel("Work email")).toHaveValue(inviteeEmail);
  await inviteePage.getByLabel("Your name").fill("Vera Viewer");
  await inviteePage.getByLabel("Password").fill("a sturdy password 123");
  await inviteePage.getByRole("button", { name: `Join ${owner.companyName}` }).click();

  await expect(inviteePage).toHaveURL(/\/client$/);
  await expect(inviteePage.getByText(owner.companyName).first()).toBeVisible();
  await expect(inviteePage.getByRole("link", { name: "Raise a request" })).toHaveCount(0);
  await inviteePage.goto("/client/requests");
  await expect(inviteePage.getByRole("heading", { level: 1, name: "Hiring requests" })).toBeVisible();
  await expect(inviteePage.getByRole("link", { name: "Raise a request" })).toHaveCount(0);
  await inviteePage.goto("/client/requests/new");
  await expect(inviteePage.getByText(/have access to this page/)).toBeVisible();
  await inviteePage.goto("/settings/team");
  await expect(inviteePage.getByText("Owners manage the team.", { exact: false })).toBeVisible();
  await expect(inviteePage.getByRole("heading", { name: "Invite a colleague" })).toHaveCount(0);
  await inviteePage.goto("/settings/team/activity");
  await expect(inviteePage.getByText(/have access to this page/)).toBeVisible();

  // The same link again, and a forged one: each says what happened; nothing is created.
  const stranger = await browser.newContext({ baseURL });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(link);
  await expect(strangerPage.getByRole("heading", { level: 1, name: "This invitation can't be used" })).toBeVisible();
  await expect(strangerPage.getByText(/has already been used/)).toBeVisible();
  await strangerPage.goto(`/sign-up?invitation=${"A".repeat(43)}`);
  await expect(strangerPage.getByText(/This invitation link is not valid/)).toBeVisible();
  await strangerPage.goto("/sign-up?invitation=%3Cscript%3E");
  await expect(strangerPage.getByText(/This invitation link is not valid/)).toBeVisible();

  await page.goto("/settings/team");
  await expect(page.getByRole("button", { name: "Remove Vera Viewer" })).toBeVisible();
  await expect(page.getByText("No invitations waiting for an answer.")).toBeVisible();
  await page.goto("/settings/team/activity");
  await expect(page.getByText("Vera Viewer · Joined the company")).toBeVisible();
  await expect(page.getByText(/Invited a colleague/)).toBeVisible();
  await Promise.all([invitee.close(), stranger.close()]);
});

test("the last owner cannot demote themselves or leave, and is told why", async ({ page }) => {
  const owner = await createClientAccount(page.request);
  await signInThroughApi(page.request, owner);
  const me = (await (await page.request.get("/api/v1/me")).json()) as { id: string };
  const demote = await page.request.patch(`/api/v1/team/members/${me.id}`, { data: { role: "VIEWER" } });
  expect(demote.status()).toBe(409);
  expect(((await demote.json()) as { error: { message: string } }).error.message).toMatch(/needs at least one owner/);
  const leave = await page.request.delete(`/api/v1/team/members/${me.id}`);
  expect(leave.status()).toBe(409);
  await page.goto("/settings/team");
  await expect(page.getByRole("button", { name: "Leave" })).toHaveCount(0);
});
