import { applyAsNewExpert } from "./application-fixtures";
import { untilTrue, withDatabase } from "./authorization/api-client";
import { expect, test } from "./fixtures";

// The unsubscribe link in a real email (read from the outbox the dev mailbox shows) turns that kind
// of email off with one click, a tampered one is refused, and settings show and undo the change.

async function unsubscribeLinkOf(email: string) {
  let text = "";
  await untilTrue("the application email is in the outbox", async () => {
    const { rows } = await withDatabase((database) =>
      database.query<{ text: string }>(`SELECT text FROM email_outbox WHERE "toEmail" = $1 AND text LIKE '%Stop these emails%' ORDER BY "createdAt"`, [email]),
    );
    text = rows[0]?.text ?? "";
    return text !== "";
  });
  const link = /Stop these emails with one click: (\S+)/.exec(text)?.[1];
  if (!link) throw new Error(`no unsubscribe link in: ${text}`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

test("the unsubscribe link from an email turns that kind of email off in one click", async ({ page }) => {
  test.setTimeout(90_000); // an application, two pages and settings, on a shared machine
  const applicant = await applyAsNewExpert(page.request, { skillSlugs: ["python", "postgresql"] });
  const link = await unsubscribeLinkOf(applicant.email);

  const tampered = link.replace(/token=([^.]+)\.reminders\./, "token=$1.money.");
  expect(tampered).not.toBe(link);
  await page.goto(tampered);
  await expect(page.getByText(/^This unsubscribe link is not valid/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Unsubscribe" })).toBeVisible();
  await expect(page.getByText("Stop emails about reminders and updates?")).toBeVisible();
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Done:" })).toContainText("you will get no more emails about reminders and updates");

  await page.goto("/settings/notifications");
  await expect(page.getByRole("heading", { level: 2, name: "Notifications" })).toBeVisible();
  const reminders = page.getByRole("checkbox", { name: "Email about reminders and updates" });
  await expect(reminders).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Email about money moved" })).toBeChecked();

  await reminders.check();
  await page.getByRole("button", { name: "Save email choices" }).click();
  await expect(page.getByText("Your email choices are saved.").first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Email about reminders and updates" })).toBeChecked();
});
