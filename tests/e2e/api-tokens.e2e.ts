import { createClientAccount, expect, signInThroughApi, test } from "./fixtures";

// A personal API token's whole life, in the browser and over HTTP: created in settings and shown
// once, used by a "script" that has no cookie, shown as used, revoked, and refused from then on.

test("a token is created in settings, calls the API, and stops working once revoked", async ({ page, playwright }) => {
  test.setTimeout(90_000); // a whole journey: sign-up, settings, two dialogs, API calls, a reload
  const account = await createClientAccount(page.request);
  await signInThroughApi(page.request, account);
  await page.goto("/settings/api-tokens");
  await expect(page.getByRole("heading", { level: 2, name: "API tokens" })).toBeVisible();
  await expect(page.getByText("You have no API tokens yet.")).toBeVisible();

  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create an API token" });
  await dialog.getByRole("button", { name: "Create token" }).click();
  await expect(dialog.getByText("Give the token a name, such as the script or service that will use it.")).toBeVisible();
  await dialog.getByLabel("Name").fill("Deploy script");
  await dialog.getByRole("radio", { name: /Read and write/ }).check();
  await dialog.getByLabel("Expires after").selectOption({ label: "90 days" });
  await dialog.getByRole("button", { name: "Create token" }).click();

  const shown = page.getByRole("dialog", { name: "Copy your new token" });
  await expect(shown.getByText("you will not see it again")).toBeVisible();
  const token = await shown.getByLabel("Your new token").inputValue();
  expect(token).toMatch(/^vtd_[A-Za-z0-9_-]{43}$/);
  await shown.getByRole("button", { name: "Done" }).click();

  const row = page.getByRole("row", { name: /Deploy script/ });
  await expect(row).toContainText("Read and write");
  await expect(row).toContainText(token.slice(0, 12));
  await expect(row).toContainText("Never");
  await expect(page.getByText(token)).toHaveCount(0);

  const script = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const bearer = { authorization: `Bearer ${token}` };
  const me = await script.get("/api/v1/me", { headers: bearer });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: account.email, role: "CLIENT" });
  const created = await script.post("/api/v1/requests", { headers: bearer, data: { title: "Drafted by a script" } });
  expect(created.status()).toBe(201);

  await page.reload();
  await expect(row.getByRole("cell").nth(3)).not.toHaveText("Never");

  await row.getByRole("button", { name: "Revoke" }).click();
  const confirm = page.getByRole("dialog", { name: "Revoke “Deploy script”?" });
  await expect(confirm).toContainText("stops working at once");
  await confirm.getByRole("button", { name: "Revoke token" }).click();
  await expect(row.getByText("Revoked", { exact: true })).toBeVisible();

  const refused = await script.get("/api/v1/me", { headers: bearer });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error).toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(/^This API token was revoked on /) });
  await script.dispose();
});

test("the API reference shows how to call the API with a token", async ({ page }) => {
  test.setTimeout(60_000); // the reference renders every operation: slow on a loaded machine
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 2, name: "Calling the API with a token" })).toBeVisible();
  await expect(page.getByText(/-H "Authorization: Bearer vtd_your_token_here"/).first()).toBeVisible();
});
