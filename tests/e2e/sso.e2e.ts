import { createClientAccount, expect, test } from "./fixtures";
import { continueWithSso, createMemberOfSsoCompany, expectSignedInAs, linkedProviders, PROVIDER_PAGE_PROBLEMS, SSO_NAME, uniqueEmail } from "./sso-fixtures";

test.use({ allowedConsoleErrors: PROVIDER_PAGE_PROBLEMS });

test.describe("single sign-on with an OpenID Connect provider", () => {
  test("a new person continues with the provider, finishes signing up and is signed in", async ({ page }) => {
    const email = uniqueEmail("sso-new");
    await page.goto("/sign-in");
    await continueWithSso(page, email);

    await expect(page).toHaveURL(/\/sign-up\/finish$/);
    await expect(page.getByRole("heading", { level: 1, name: "Finish signing up" })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    await page.getByRole("radio", { name: /I'm hiring/ }).check();
    await page.getByLabel("Company name").fill("Provider Made Co");
    await page.getByRole("button", { name: "Create company account" }).click();
    await expect(page.getByText("Accept the terms to create your account.")).toBeVisible();
    await page.getByRole("checkbox", { name: /I agree to the terms/ }).check();
    await page.getByRole("button", { name: "Create company account" }).click();

    await expect(page).toHaveURL(/\/client$/);
    await expect(page.getByText("Provider Made Co").first()).toBeVisible();
    await expectSignedInAs(page, email);
    expect(await linkedProviders(email)).toEqual(["oidc"]);
  });

  test("a password account whose email the provider verified is linked and signed in", async ({ page }) => {
    const account = await createClientAccount(page.request);
    await page.goto("/sign-in");
    await continueWithSso(page, account.email);

    await expect(page).toHaveURL(/\/client$/);
    await expectSignedInAs(page, account.email);
    expect(await linkedProviders(account.email)).toEqual(["oidc"]);
  });

  test("an unverified email is never merged into the account that has it", async ({ page }) => {
    const account = await createClientAccount(page.request);
    await page.goto("/sign-in");
    await continueWithSso(page, `unverified:${account.email}`);

    await expect(page).toHaveURL(/\/sign-in\?/);
    await expect(page.getByRole("alert").filter({ hasText: `${SSO_NAME} has not verified your email address` })).toBeVisible();
    expect(await linkedProviders(account.email)).toEqual([]);
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session?.user).toBeUndefined();
  });

  test("a company that requires the provider refuses its member's password", async ({ page }) => {
    const member = await createMemberOfSsoCompany("oidc");
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(member.email);
    await page.getByLabel("Password").fill(member.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    await expect(page.getByRole("alert").filter({ hasText: `${member.companyName} requires signing in with ${SSO_NAME}` })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);

    await continueWithSso(page, member.email);
    await expect(page).toHaveURL(/\/client$/);
    await expectSignedInAs(page, member.email);
  });
});
