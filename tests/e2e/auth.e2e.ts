import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createClientAccount, demoAccount, demoAdminAccount, expect, signInThroughApi, test } from "./fixtures";
import { MOBILE_TAG } from "./mobile/device";
import { holdPageScripts, untilFormHydrated } from "./page-scripts";

test.describe("sign-up", () => {
  test("a new company member signs up in the browser and lands on their company's dashboard", { tag: MOBILE_TAG }, async ({ page }) => {
    const id = randomUUID().slice(0, 8);
    await page.goto("/sign-up");
    await page.getByRole("radio", { name: /I'm hiring/ }).check();
    await page.getByLabel("Your name").fill(`Jordan Lee ${id}`);
    await page.getByLabel("Work email").fill(`jordan-${id}@example.test`);
    await page.getByLabel("Password").fill("a sturdy password 123");
    await page.getByLabel("Company name").fill(`Lee Industries ${id}`);
    await page.getByRole("button", { name: "Create company account" }).click();

    await expect(page).toHaveURL(/\/client$/);
    await expect(page.getByRole("heading", { level: 1, name: "Client dashboard" })).toBeVisible();
    await expect(page.getByText(`Lee Industries ${id}`).first()).toBeVisible();
  });

  test("shows field errors next to the fields and creates nothing", async ({ page }) => {
    await page.goto("/sign-up?as=expert");
    await page.getByLabel("Your name").fill("A");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create expert account" }).click();
    await expect(page.getByText("Enter your full name.")).toBeVisible();
    await expect(page.getByText(/Enter a valid email address/)).toBeVisible();
    await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up/);
  });
  test("what a person enters before the page's scripts arrive is kept when they do", async ({ page }) => {
    const id = randomUUID().slice(0, 8);
    const releaseScripts = await holdPageScripts(page);
    await page.goto("/sign-up", { waitUntil: "commit" });
    await page.getByRole("radio", { name: /I'm an expert/ }).check();
    await page.getByLabel("Your name").fill(`Early Bird ${id}`);
    await page.getByLabel("Work email").fill(`early-${id}@example.test`);
    await page.getByLabel("Password").fill("a sturdy password 123");
    releaseScripts();

    await page.getByRole("button", { name: "Create expert account" }).click();
    await expect(page).toHaveURL(/\/expert/);
    await expect(page.getByText(`Early Bird ${id}`).first()).toBeVisible();
  });
});

test.describe("password strength", () => {
  test("a password that is easy to guess is refused at sign-up with the reason next to the field", async ({ page }) => {
    const id = randomUUID().slice(0, 8);
    await page.goto("/sign-up?as=expert");
    await page.getByLabel("Your name").fill(`Sam Weak ${id}`);
    await page.getByLabel("Email").fill(`sam-${id}@example.test`);
    await page.getByLabel("Password").fill("password123456");
    await page.getByRole("button", { name: "Create expert account" }).click();
    await expect(page.getByText(/common password\. Add a few uncommon words or make it longer\./)).toBeVisible();
    await expect(page.getByLabel("Password")).toBeFocused();
    await expect(page).toHaveURL(/\/sign-up/);
  });

  test("the password checker's dictionaries are in no browser bundle", () => {
    const staticDirectory = path.join(process.env.NEXT_DIST_DIR ?? ".next", "static");
    const scripts = readdirSync(staticDirectory, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(10);
    // Strings from zxcvbn's English feedback, its password list's name and our wording of its warnings.
    const markers = ["Straight rows of keys on your keyboard", "passwords-common", "It contains your name, email address or company name"];
    const bundled = scripts.filter((file) => {
      const text = readFileSync(path.join(staticDirectory, file), "utf8");
      return markers.some((marker) => text.includes(marker));
    });
    expect(bundled).toEqual([]);
  });
});

test.describe("sign-in", () => {
  test("the demo client signs in through the form and reaches the client dashboard", { tag: MOBILE_TAG }, async ({ page }) => {
    const { email, password } = demoAccount("CLIENT");
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/client$/);
    await expect(page.getByRole("heading", { level: 1, name: "Client dashboard" })).toBeVisible();
    await expect(page.getByText("Acme Robotics").first()).toBeVisible();
  });

  test("an email and password typed before the page's scripts arrive are the ones signed in with", async ({ page }) => {
    const { email, password } = demoAccount("CLIENT");
    const releaseScripts = await holdPageScripts(page);
    await page.goto("/sign-in", { waitUntil: "commit" });
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    releaseScripts();
    await untilFormHydrated(page);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/client$/);
  });

  test("a wrong password is refused with a message a person can act on", async ({ page, request }) => {
    const account = await createClientAccount(request);
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill("definitely not it");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText(/do not match an account/)).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a signed-out visitor of a dashboard is sent to sign in and comes back after", async ({ page }) => {
    await page.goto("/expert");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fexpert/);
    const { email, password } = demoAccount("EXPERT");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/expert$/);
  });
});

test.describe("role dashboards", () => {
  test("the demo expert sees their approved profile", async ({ page }) => {
    await signInThroughApi(page.request, demoAccount("EXPERT"));
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/expert$/);
    await expect(page.getByRole("heading", { level: 1, name: "Expert dashboard" })).toBeVisible();
    await expect(page.getByText("Approved").first()).toBeVisible();
  });

  test("the demo admin, with its seeded authenticator, sees the vetting pipeline", async ({ page }) => {
    await signInThroughApi(page.request, demoAdminAccount());
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Admin dashboard" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Vetting pipeline" })).toBeVisible();
  });

  test("a client opening an admin page is refused with 403 and sees no admin data", async ({ page }) => {
    await signInThroughApi(page.request, demoAccount("CLIENT"));
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/access/i);
    await expect(page.getByRole("heading", { name: "Vetting pipeline" })).toHaveCount(0);
  });

  test("signing out ends the session", async ({ page }) => {
    await signInThroughApi(page.request, demoAccount("CLIENT"));
    await page.goto("/client");
    await page
      .getByRole("button", { name: /sign out/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/$/);
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session?.user).toBeUndefined();
  });
});

test.describe("notifications", () => {
  test("a signed-in user sees their notifications page and the nav link to it", async ({ page }) => {
    await signInThroughApi(page.request, demoAccount("EXPERT"));
    await page.goto("/notifications");
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Notifications/ }).first()).toBeVisible();
  });
});
