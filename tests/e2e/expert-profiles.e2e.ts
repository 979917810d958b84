import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { Client } from "pg";
import sharp from "sharp";
import { signUpExpert } from "./application-fixtures";
import { type ChatParty, createChat } from "./chat-fixtures";
import { createClientAccount, e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";
import { PRIMARY_URL, SECOND_URL } from "./ports";

// The expert profile: a client opens it from the shortlist, the expert previews it and adds a photo,
// and a public profile exists only while the expert wants it, on every app instance.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function pageFor(browser: Browser, party: Pick<ChatParty, "request">, width = 1280) {
  const context = await browser.newContext({ storageState: await party.request.storageState(), viewport: { width, height: 900 } });
  return context.newPage();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

test("a client opens a shortlisted expert's full profile from the shortlist card; another company gets a 404", async ({ browser, playwright }) => {
  test.slow();
  const { client, experts, requestId } = await createChat(1);
  const expertName = (await (await experts[0].request.get("/api/v1/me")).json()).name as string;
  const page = await pageFor(browser, client);
  await page.goto(`/client/requests/${requestId}`);
  await page.getByRole("link", { name: `View ${expertName}'s profile` }).click();
  await expect(page).toHaveURL(/\/experts\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: expertName })).toBeVisible();
  for (const section of ["Skills", "Reviews"]) await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  await expect(page.getByText("Completed contracts")).toBeVisible();
  await expect(page.getByText(/Local time now: \d\d:\d\d/)).toBeVisible();
  await expectNoAxeViolations(page);
  const profilePath = new URL(page.url()).pathname;

  // At a phone's width too.
  const phone = await pageFor(browser, client, 375);
  await phone.goto(profilePath);
  await expect(phone.getByRole("heading", { level: 1, name: expertName })).toBeVisible();
  await expectNoAxeViolations(phone);

  const setup = await playwright.request.newContext({ baseURL: PRIMARY_URL });
  const stranger = await createClientAccount(setup);
  await signInThroughApi(setup, stranger);
  const strangerPage = await pageFor(browser, { request: setup });
  const response = await strangerPage.goto(profilePath);
  expect(response?.status()).toBe(404);
  await expect(strangerPage.getByText(expertName)).toHaveCount(0);
  await Promise.all([page.context().close(), phone.context().close(), strangerPage.context().close(), setup.dispose()]);
});

test("the expert adds a photo and previews their profile as clients see it", async ({ browser }) => {
  test.slow();
  const { experts } = await createChat(1);
  const [expert] = experts;
  const page = await pageFor(browser, expert);
  await page.goto("/expert/profile");
  const photo = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 79, g: 70, b: 229 } } })
    .png()
    .toBuffer();
  await page.getByLabel("Upload a photo").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: photo });
  await expect(page.getByRole("region", { name: "Notifications" }).getByText("Your new photo is on your profile.")).toBeVisible({ timeout: 15_000 });

  await page.getByRole("link", { name: "Preview as clients see it" }).click();
  await expect(page).toHaveURL(/\/experts\/[^/]+$/);
  await expect(page.getByText("Preview: this is how clients see your profile")).toBeVisible();
  const name = (await (await expert.request.get("/api/v1/me")).json()).name as string;
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const image = page.getByRole("img", { name });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
  await page.context().close();
});

/** An approved expert with a verified skill, not public yet. */
async function approvedExpert(request: APIRequestContext) {
  const account = await signUpExpert(request);
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    const headline = `Staff engineer ${randomUUID().slice(0, 6)}`;
    await database.query(
      `UPDATE expert_profiles SET "vettingStatus" = 'APPROVED', "submittedAt" = now(), "approvedAt" = now(), "isAvailable" = true,
              headline = $2, bio = 'I design payment systems.', country = 'PT', "hourlyRateCents" = 11000, currency = 'EUR'
        WHERE "userId" = (SELECT id FROM users WHERE email = $1)`,
      [account.email, headline],
    );
    return { ...account, headline };
  } finally {
    await database.end();
  }
}

test("a public profile has link-preview metadata while the expert wants it, and is a 404 on every instance once they opt out", async ({ playwright }) => {
  test.slow();
  const expert = await playwright.request.newContext({ baseURL: PRIMARY_URL });
  const account = await approvedExpert(expert);
  await signInThroughApi(expert, account);
  const optIn = await expert.patch("/api/v1/profile", { data: { publicProfile: true } });
  expect(optIn.status(), await optIn.text()).toBe(200);
  const { publicProfilePath } = (await optIn.json()) as { publicProfilePath: string };
  expect(publicProfilePath).toMatch(/^\/p\/e2e-expert-[a-z0-9-]+$/);

  const visitors = await Promise.all([PRIMARY_URL, SECOND_URL].map((baseURL) => playwright.request.newContext({ baseURL })));
  for (const visitor of visitors) {
    const response = await visitor.get(publicProfilePath);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<title>${account.name} — ${account.headline} · Vetted</title>`);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${publicProfilePath}"`));
    expect(html).toContain(`<meta property="og:title" content="${account.name} — ${account.headline}"`);
    expect(html).toContain('<meta property="og:type" content="profile"');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
    expect(html).toContain('<meta name="robots" content="index, follow"');
    expect(html).toContain('"@type":"Person"');
    const ogImage = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
    expect(ogImage, "an og:image").toBeTruthy();
    const image = await visitor.get(new URL(ogImage!.replaceAll("&amp;", "&")).pathname);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    // Cached after its first visit.
    expect((await visitor.get(publicProfilePath)).headers()["x-nextjs-cache"]).toBe("HIT");
  }
  expect(await (await visitors[0].get("/sitemap.xml")).text()).toContain(publicProfilePath);

  const optOut = await expert.patch("/api/v1/profile", { data: { publicProfile: false } });
  expect(optOut.status(), await optOut.text()).toBe(200);
  for (const [index, visitor] of visitors.entries()) {
    await expect
      .poll(async () => (await visitor.get(publicProfilePath)).status(), { message: `instance ${index + 1} stops showing the profile`, timeout: 15_000 })
      .toBe(404);
    const gone = await (await visitor.get(publicProfilePath)).text();
    expect(gone).not.toContain(account.headline);
    expect(gone).toContain('<meta name="robots" content="noindex');
  }
  expect(await (await visitors[0].get("/sitemap.xml")).text()).not.toContain(publicProfilePath);
  await Promise.all([expert, ...visitors].map((context) => context.dispose()));
});
