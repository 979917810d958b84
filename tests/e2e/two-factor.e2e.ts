import type { Page } from "@playwright/test";
import { createClientAccount, expect, signInThroughApi, test } from "./fixtures";
import { MOBILE_TAG } from "./mobile/device";
import { openMainMenuIfFolded } from "./mobile/main-menu";
import { createAdminAccount, currentTotpCode, expiredTotpCode, nextTotpCode } from "./two-factor-fixtures";

// Two-factor authentication in a real browser: enrolment with a code computed here from the key the
// page shows, signing in with the second step, recovery codes, and admins sent to set it up first.

// Several sign-ins and an enrolment each, on a machine the whole suite shares.
test.describe.configure({ timeout: 120_000 });

async function enrolInSettings(page: Page) {
  await page.goto("/settings/security");
  await expect(page.getByRole("heading", { level: 2, name: "Two-factor authentication" })).toBeVisible();
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  const secret = ((await page.getByTestId("two-factor-manual-key").textContent()) ?? "").replaceAll(" ", "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Code from the app").fill(currentTotpCode(secret));
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCodes = await codes.allTextContents();
  await page.getByRole("button", { name: "I have saved my codes" }).click();
  await expect(page.getByText(/On since .*10 of 10 recovery codes left/)).toBeVisible();
  return { secret, recoveryCodes };
}

async function signInFirstStep(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Two-factor authentication" })).toBeVisible();
}

async function signOut(page: Page) {
  await openMainMenuIfFolded(page);
  await page
    .getByRole("button", { name: /sign out/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/(sign-in)?(\?.*)?$/);
  await page.context().clearCookies();
}

test("a client turns on two-factor authentication, signs out, and signs in with a code from the app", { tag: MOBILE_TAG }, async ({ page }) => {
  const account = await createClientAccount(page.request);
  await signInThroughApi(page.request, account);
  const { secret, recoveryCodes } = await enrolInSettings(page);
  await page.goto("/client");
  await signOut(page);

  await signInFirstStep(page, account);
  // A forged code and an expired one are refused in words; the password is not asked again.
  const verify = page.getByRole("button", { name: "Verify and sign in" });
  await page.getByLabel("Authentication code").fill(expiredTotpCode(secret, 3) === "000000" ? "999999" : "000000");
  await verify.click();
  await expect(page.getByRole("alert").filter({ hasText: "That code is not right" })).toBeVisible();
  await page.getByLabel("Authentication code").fill(expiredTotpCode(secret, 3));
  await verify.click();
  await expect(page.getByRole("alert").filter({ hasText: "That code is not right" })).toBeVisible();
  const code = await nextTotpCode(secret);
  await page.getByLabel("Authentication code").fill(code);
  await verify.click();
  await expect(page).toHaveURL(/\/client$/);
  await expect(page.getByRole("heading", { level: 1, name: "Client dashboard" })).toBeVisible();

  // The same code a second time, as someone who watched it being typed would try.
  await signOut(page);
  await signInFirstStep(page, account);
  await page.getByLabel("Authentication code").fill(code);
  await verify.click();
  await expect(page.getByRole("alert").filter({ hasText: "already used" })).toBeVisible();
  // Lost phone: a recovery code signs in, once.
  await page.getByRole("button", { name: "Use a recovery code" }).click();
  await page.getByLabel("Recovery code").fill(recoveryCodes[0]);
  await verify.click();
  await expect(page).toHaveURL(/\/client$/);
  await signOut(page);
  await signInFirstStep(page, account);
  await page.getByRole("button", { name: "Use a recovery code" }).click();
  await page.getByLabel("Recovery code").fill(recoveryCodes[0]);
  await verify.click();
  await expect(page.getByRole("alert").filter({ hasText: "already used" })).toBeVisible();
});

test("an admin without two-factor authentication is sent to set it up, and admin tools open once it is on", async ({ page }) => {
  const admin = await createAdminAccount({ withTwoFactor: false });
  await signInThroughApi(page.request, admin);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/settings\/security\?required=admin$/);
  await expect(page.getByText("Admins need two-factor authentication")).toBeVisible();
  const refused = await page.request.get("/api/v1/admin/users");
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/Turn on two-factor authentication/);

  await enrolInSettings(page);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/admin\/users$/);
  expect((await page.request.get("/api/v1/admin/users")).status()).toBe(200);
});

test("guessing codes locks the sign-in like guessing passwords", async ({ request }) => {
  const admin = await createAdminAccount();
  const attempt = async (totpCode: string) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    return request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: admin.email, password: admin.password, totpCode, json: "true" },
      maxRedirects: 0,
    });
  };
  for (let guess = 0; guess < 10; guess++) expect((await attempt(String(100000 + guess))).status()).toBe(401);
  const locked = await attempt(await nextTotpCode(admin.totpSecret));
  expect(locked.status()).toBe(429);
  expect(locked.headers()["retry-after"]).toBeTruthy();
});
