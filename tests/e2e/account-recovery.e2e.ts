import { randomUUID } from "node:crypto";
import { type Page, request as playwrightRequest } from "@playwright/test";
import { createClientAccount, expect, oneOffAddress, signInThroughApi, test } from "./fixtures";
import { emailSubjectsTo, latestLink } from "./mailbox";
import { PRIMARY_URL } from "./ports";

const NEW_PASSWORD = "quiet lantern orbit meadow";

const settingsSection = (page: Page, heading: string) => page.locator("section", { has: page.getByRole("heading", { level: 2, name: heading, exact: true }) });

/** Another browser, signed in as `account` before the change: its session must stop working. */
async function otherDevice(account: { email: string; password: string }) {
  const device = await playwrightRequest.newContext({ baseURL: PRIMARY_URL });
  await signInThroughApi(device, account);
  expect((await device.get("/api/v1/me")).status()).toBe(200);
  return device;
}

test.describe("password reset", () => {
  test("a forgotten password is reset through the emailed link; other sessions end and the link works once", async ({ page, request }) => {
    const account = await createClientAccount(request);
    const device = await otherDevice(account);

    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
    await page.getByLabel("Email").fill(account.email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByRole("status").filter({ hasText: `If ${account.email} has a Vetted account` })).toBeVisible();

    const link = await latestLink(account.email, "Reset your Vetted password", "/reset-password");
    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("New password again").fill("not the same password");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByText("The two passwords do not match.")).toBeVisible();
    // A refused form comes back without the passwords typed into it.
    await expect(page.getByLabel("New password", { exact: true })).toHaveValue("");
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("New password again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set new password" }).click();

    await expect(page).toHaveURL(/\/sign-in\?notice=password-reset/);
    await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();
    expect((await device.get("/api/v1/me")).status()).toBe(401);
    await device.dispose();

    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/client$/);

    await page.goto(link);
    await expect(page.getByText("This link was already used.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Set new password" })).toHaveCount(0);
    expect(await emailSubjectsTo(account.email)).toContain("Your Vetted password was changed");
  });

  test("an unknown address gets the same answer, and a forged link says so and offers a new one", async ({ page }) => {
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.test`;
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill("nobody at example");
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue("nobody at example");
    await page.getByLabel("Email").fill(unknown);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByRole("status").filter({ hasText: `If ${unknown} has a Vetted account, a link to reset its password is on its way.` })).toBeVisible();
    expect(await emailSubjectsTo(unknown)).toEqual([]);

    await page.goto(`/reset-password?token=${"x".repeat(43)}`);
    await expect(page.getByText("This link is not valid.")).toBeVisible();
    await page.getByRole("link", { name: "Ask for a new reset link" }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the reset request form still posts and answers", async ({ page }) => {
    const unknown = `nojs-${randomUUID().slice(0, 8)}@example.test`;
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(unknown);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByText(`If ${unknown} has a Vetted account`)).toBeVisible();
  });
});

test.describe("email verification", () => {
  test("a new account confirms its address through the link before it can submit a request", async ({ page }) => {
    const id = randomUUID().slice(0, 8);
    const email = `verify-${id}@example.test`;
    await page.goto("/sign-up");
    await page.getByRole("radio", { name: /I'm hiring/ }).check();
    await page.getByLabel("Your name").fill(`Vic Verify ${id}`);
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Password").fill("a sturdy password 123");
    await page.getByLabel("Company name").fill(`Verify Works ${id}`);
    await page.getByRole("button", { name: "Create company account" }).click();
    await expect(page).toHaveURL(/\/client$/);

    const banner = page.getByRole("region", { name: "Confirm your email address" });
    await expect(banner).toContainText(`Open the link we sent to ${email}`);
    const firstLink = await latestLink(email, "Confirm your email address for Vetted", "/verify-email");
    await banner.getByRole("button", { name: "Resend link" }).click();
    await expect(banner.getByRole("status").filter({ hasText: `A new link is on its way to ${email}` })).toBeVisible();
    await expect.poll(() => latestLink(email, "Confirm your email address for Vetted", "/verify-email")).not.toBe(firstLink);
    const link = await latestLink(email, "Confirm your email address for Vetted", "/verify-email");

    await page.goto(firstLink);
    await expect(page.getByText("This link is not valid.")).toBeVisible();
    await page.goto(link);
    await page.getByRole("button", { name: "Confirm my email address" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your email address is confirmed" })).toBeVisible();
    await page.goto("/client");
    await expect(page.getByRole("region", { name: "Confirm your email address" })).toHaveCount(0);
  });

  test("an unconfirmed client is refused submitting a request, with the way to confirm", async ({ request }) => {
    const account = await createClientAccount(request, { isVerified: false });
    await signInThroughApi(request, account);
    const draft = await request.post("/api/v1/requests", { data: { title: "Draft before confirming" }, headers: { origin: PRIMARY_URL } });
    expect(draft.status()).toBe(201);
    const { id } = (await draft.json()) as { id: string };
    const submitted = await request.post(`/api/v1/requests/${id}/submit`, { headers: { origin: PRIMARY_URL, "x-forwarded-for": oneOffAddress() } });
    expect(submitted.status()).toBe(403);
    expect((await submitted.json()).error.message).toContain("Confirm your email address first");
  });
});

test.describe("account settings", () => {
  test("changing the password keeps this browser signed in and signs the others out", async ({ page, request }) => {
    const account = await createClientAccount(request);
    await signInThroughApi(page.request, account);
    const device = await otherDevice(account);

    await page.goto("/settings/account");
    const section = settingsSection(page, "Password");
    await section.getByLabel("Current password").fill(account.password);
    await section.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await section.getByLabel("New password again").fill(NEW_PASSWORD);
    await section.getByRole("button", { name: "Change password" }).click();
    await expect(section.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();

    expect((await device.get("/api/v1/me")).status()).toBe(401);
    await device.dispose();
    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: "Password" })).toBeVisible();
    expect((await page.request.get("/api/v1/me")).status()).toBe(200);
  });

  test("a new email address takes effect once its link is opened; the old address is told", async ({ page, request }) => {
    const account = await createClientAccount(request);
    const newEmail = `moved-${randomUUID().slice(0, 8)}@example.test`;
    await signInThroughApi(page.request, account);
    await page.goto("/settings/account");
    const section = settingsSection(page, "Email address");
    await section.getByLabel("New email address").fill(newEmail);
    await section.getByLabel("Current password").fill(account.password);
    await section.getByRole("button", { name: "Change email address" }).click();
    await expect(section.getByRole("status").filter({ hasText: `We sent a link to ${newEmail}` })).toBeVisible();
    expect(await emailSubjectsTo(account.email)).toContain("Your Vetted email address is about to change");

    await page.goto(await latestLink(newEmail, "Confirm your new email address for Vetted", "/confirm-email-change"));
    await page.getByRole("button", { name: "Use this email address" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your email address was changed" })).toBeVisible();
    expect(await emailSubjectsTo(account.email)).toContain("Your Vetted email address was changed");
    await page.goto("/settings/account");
    await expect(page.getByText(newEmail).first()).toBeVisible();
  });

  test("signing out of all other devices ends their sessions only", async ({ page, request }) => {
    const account = await createClientAccount(request);
    await signInThroughApi(page.request, account);
    const device = await otherDevice(account);
    await page.goto("/settings/account");
    await page.getByRole("button", { name: "Sign out of all other devices" }).click();
    await expect(page.getByText("Every other device was signed out.")).toBeVisible();
    expect((await device.get("/api/v1/me")).status()).toBe(401);
    await device.dispose();
    expect((await page.request.get("/api/v1/me")).status()).toBe(200);
  });
});
