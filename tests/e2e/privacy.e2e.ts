import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { strFromU8, unzipSync } from "fflate";
import { createClientAccount, expect, signInThroughApi, test } from "./fixtures";

// Settings → Privacy, in the browser against the production build and its worker.

test.describe("download my data", () => {
  test("a user asks for their data, the worker builds it, and they download the zip and find their account in it", async ({ page }) => {
    test.setTimeout(60_000);
    const account = await createClientAccount(page.request);
    await signInThroughApi(page.request, account);
    await page.goto("/settings/privacy");
    await expect(page.getByRole("heading", { level: 2, name: "Download my data" })).toBeVisible();

    await page.getByRole("button", { name: "Download my data" }).click();
    // The page refreshes itself while the export builds.
    const link = page.getByRole("link", { name: /Download zip/ });
    await expect(link).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/^Ready: download it before/)).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^vetted-data-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["README.txt", "account.json", "company-memberships.json", "conversations.json"]));
    expect(JSON.parse(strFromU8(files["account.json"]))).toMatchObject({ email: account.email, role: "CLIENT" });
    expect(JSON.parse(strFromU8(files["company-memberships.json"]))).toEqual([
      expect.objectContaining({ company: expect.objectContaining({ name: account.companyName }), yourRole: "OWNER" }),
    ]);
    expect(strFromU8(files["account.json"])).not.toContain("passwordHash");

    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);

    // The in-app notification (and its email) points back to the page.
    const notifications = await (await page.request.get("/api/v1/notifications")).json();
    expect(notifications.notifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: "Your data export is ready", link: "/settings/privacy" })]),
    );
  });
});

test.describe("delete my account", () => {
  test("a user with no money held deletes their account: signed out, and never signed in again", async ({ page }) => {
    const account = await createClientAccount(page.request);
    await signInThroughApi(page.request, account);
    await page.goto("/settings/privacy");
    await expect(page.getByRole("heading", { level: 2, name: "Delete my account" })).toBeVisible();
    await expect(page.getByText(/shown as from “Deleted user”/)).toBeVisible();

    await page.getByLabel("Your password").fill(account.password);
    await page.getByLabel("Type DELETE to confirm").fill("delete");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByText("Type DELETE in capital letters to confirm.")).toBeVisible();

    await page.getByLabel("Type DELETE to confirm").fill("DELETE");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL(/\/\?account=deleted$/);

    await page.goto("/settings/privacy");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%2Fprivacy/);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText(/do not match an account/)).toBeVisible();
  });
});
