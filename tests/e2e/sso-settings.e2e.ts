import { createClientAccount, expect, signInThroughApi, test } from "./fixtures";
import { addMemberToCompanyOf, continueWithSso, expectSignedInAs, linkedProviders, PROVIDER_PAGE_PROBLEMS, SSO_NAME, uniqueEmail } from "./sso-fixtures";

test.use({ allowedConsoleErrors: PROVIDER_PAGE_PROBLEMS });

test.describe("Settings → Sign-in methods", () => {
  test("a signed-in user links the provider, whatever its email, and unlinks it again", async ({ page }) => {
    const account = await createClientAccount(page.request);
    await signInThroughApi(page.request, account);
    await page.goto("/settings/sign-in-methods");
    await expect(page.getByRole("heading", { level: 2, name: "Sign-in methods" })).toBeVisible();
    await continueWithSso(page, uniqueEmail("work-identity"), `Link ${SSO_NAME}`);

    await expect(page).toHaveURL(/\/settings\/sign-in-methods\?linked=oidc$/);
    await expect(page.getByText(`${SSO_NAME} is linked. You can now sign in with it.`)).toBeVisible();
    expect(await linkedProviders(account.email)).toEqual(["oidc"]);
    await expectSignedInAs(page, account.email);

    await page.getByRole("button", { name: `Unlink ${SSO_NAME}` }).click();
    await expect(page.getByRole("button", { name: `Link ${SSO_NAME}`, exact: true })).toBeVisible();
    expect(await linkedProviders(account.email)).toEqual([]);
  });

  test("an account made with the provider cannot unlink its only way to sign in", async ({ page }) => {
    const email = uniqueEmail("sso-only");
    await page.goto("/sign-up");
    await continueWithSso(page, email);
    await page.getByRole("radio", { name: /I'm an expert/ }).check();
    await page.getByRole("checkbox", { name: /I agree to the terms/ }).check();
    await page.getByRole("button", { name: "Create expert account" }).click();
    await expect(page).toHaveURL(/\/expert/);

    await page.goto("/settings/sign-in-methods");
    await expect(page.getByText("No password: you sign in with a provider below.")).toBeVisible();
    await page.getByRole("button", { name: `Unlink ${SSO_NAME}` }).click();
    await expect(page.getByRole("alert").filter({ hasText: `You cannot unlink ${SSO_NAME}: it is your only way to sign in.` })).toBeVisible();
    expect(await linkedProviders(email)).toEqual(["oidc"]);
  });
});

test.describe("Settings → Single sign-on", () => {
  test("the owner requires the provider: members' password sessions end and passwords are refused, the owner's still works", async ({ page, browser }) => {
    test.slow(); // two people, two browsers and a round trip through the provider
    const owner = await createClientAccount(page.request);
    const member = await addMemberToCompanyOf(owner.email);
    const memberContext = await browser.newContext();
    const memberPage = await memberContext.newPage();
    await signInThroughApi(memberContext.request, member);
    await memberPage.goto("/client");
    await expect(memberPage).toHaveURL(/\/client$/);

    await signInThroughApi(page.request, owner);
    await page.goto("/settings/single-sign-on");
    await expect(page.getByText(`${owner.companyName} does not require single sign-on.`)).toBeVisible();
    await expect(page.getByText(/As the owner you keep your password/)).toBeVisible();

    await page.getByLabel("Require single sign-on").selectOption({ label: `Require ${SSO_NAME}` });
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("alert").filter({ hasText: `Link ${SSO_NAME} to your own account first` })).toBeVisible();

    await page.goto("/settings/sign-in-methods");
    await continueWithSso(page, owner.email, `Link ${SSO_NAME}`);
    await expect(page).toHaveURL(/linked=oidc/);
    await page.goto("/settings/single-sign-on");
    await page.getByLabel("Require single sign-on").selectOption({ label: `Require ${SSO_NAME}` });
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(`${owner.companyName} requires signing in with ${SSO_NAME}.`)).toBeVisible();

    await memberPage.goto("/client");
    await expect(memberPage).toHaveURL(/\/sign-in/);
    await memberPage.getByLabel("Email").fill(member.email);
    await memberPage.getByLabel("Password").fill(member.password);
    await memberPage.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(memberPage.getByRole("alert").filter({ hasText: `${owner.companyName} requires signing in with ${SSO_NAME}` })).toBeVisible();
    await memberContext.close();

    const ownerContext = await browser.newContext();
    await signInThroughApi(ownerContext.request, owner);
    await ownerContext.close();
  });

  test("a member who is not the owner sees the requirement read-only", async ({ page }) => {
    const owner = await createClientAccount(page.request);
    const member = await addMemberToCompanyOf(owner.email);
    await signInThroughApi(page.request, member);
    await page.goto("/settings/single-sign-on");
    await expect(page.getByText("Only your company's owner can change this.")).toBeVisible();
    await expect(page.getByLabel("Require single sign-on")).toHaveCount(0);
  });
});
