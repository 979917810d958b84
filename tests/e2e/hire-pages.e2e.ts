import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { Client } from "pg";
import { POPULAR_SKILLS } from "../../components/marketing/popular-skills";
import { e2eDatabaseUrl, expect, test } from "./fixtures";

// The public hiring pages, as a visitor and a search engine see them: real numbers from the seeded
// database, nobody shown by name without their consent, cached HTML that works without JavaScript.

async function query<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    return (await database.query(sql, params)).rows as Row[];
  } finally {
    await database.end();
  }
}

/** Approved, active experts holding a skill, with whether they opted in to a public profile. */
function expertsWithSkill(slug: string) {
  return query<{ name: string; email: string; publicProfile: boolean; verified: boolean }>(
    `SELECT u.name, u.email, ep."publicProfile", es."verifiedAt" IS NOT NULL AS verified
       FROM expert_profiles ep
       JOIN users u ON u.id = ep."userId"
       JOIN expert_skills es ON es."expertProfileId" = ep.id
       JOIN skills s ON s.id = es."skillId"
      WHERE s.slug = $1 AND ep."vettingStatus" = 'APPROVED' AND u."suspendedAt" IS NULL AND u."deletedAt" IS NULL`,
    [slug],
  );
}

const factValue = (page: Page, label: string) => page.locator("dl > div", { hasText: label }).locator("dd").first();

test.describe("a skill page", () => {
  test("shows the verified count from the database, real rates or none, and starts a request with the skill", async ({ page }) => {
    const response = await page.goto("/hire/fastapi");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Hire a FastAPI expert" })).toBeVisible();

    const experts = await expertsWithSkill("fastapi");
    await expect(factValue(page, "Verified experts")).toHaveText(String(experts.filter((expert) => expert.verified).length));
    // The rate range is drawn from at least five experts' rates, or not shown at all.
    const rate = page.locator("dl > div", { hasText: "Typical hourly rate" });
    if (experts.length < 5) await expect(rate).toHaveCount(0);
    else await expect(rate.locator("dd").first()).toHaveText(/^\$[\d,.]+ – \$[\d,.]+$/);

    const start = page.getByRole("link", { name: "Hire a FastAPI expert" }).first();
    expect(await start.getAttribute("href")).toBe("/start?skill=fastapi");
    await expect(page.getByRole("heading", { name: "How it works" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "How your money is protected" })).toBeVisible();
  });

  test("never names an expert who did not opt in to a public profile", async ({ request }) => {
    const html = await (await request.get("/hire/fastapi")).text();
    const experts = await expertsWithSkill("fastapi");
    expect(
      experts.some((expert) => !expert.publicProfile),
      "the seed has private experts with FastAPI",
    ).toBe(true);
    for (const expert of experts.filter((candidate) => !candidate.publicProfile)) {
      expect(html, `${expert.name} did not opt in`).not.toContain(expert.name);
    }
    for (const expert of experts) expect(html).not.toContain(expert.email);
  });

  test("a named card belongs to an expert who opted in", async ({ page }) => {
    await page.goto("/hire/fastapi");
    const optedIn = new Set((await expertsWithSkill("fastapi")).filter((expert) => expert.publicProfile).map((expert) => expert.name));
    const cardTitles = await page
      .getByRole("region", { name: /experts on Vetted/ })
      .getByRole("heading", { level: 3 })
      .allTextContents();
    for (const title of cardTitles) if (!title.startsWith("Vetted expert")) expect(optedIn.has(title), `${title} opted in`).toBe(true);
  });

  test("tells search engines what it is: canonical address, share image, structured data", async ({ page, request }) => {
    await page.goto("/hire/fastapi");
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "").pathname).toBe("/hire/fastapi");
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("index, follow");
    await expect(page).toHaveTitle(/Hire a FastAPI expert/);
    const types = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((text) =>
      (JSON.parse(text) as { "@type": string }[]).map((item) => item["@type"]),
    );
    expect(types).toEqual(expect.arrayContaining(["BreadcrumbList", "Service", "FAQPage"]));

    const imageUrl = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(imageUrl).toContain("/hire/fastapi/opengraph-image");
    const image = await request.get(new URL(imageUrl ?? "").pathname + new URL(imageUrl ?? "").search);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    const png = await image.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], "1200 × 630 pixels").toEqual([1200, 630]);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
  });

  test("is served from the cache after its first visit", async ({ request }) => {
    await request.get("/hire/python");
    const second = await request.get("/hire/python");
    expect(second.status()).toBe(200);
    expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  });

  test("reads well with JavaScript off, and its search box works", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/hire/fastapi");
    await expect(page.getByRole("heading", { level: 1, name: "Hire a FastAPI expert" })).toBeVisible();
    await expect(factValue(page, "Verified experts")).toBeVisible();
    await page.getByLabel("Looking for another skill?").fill("Kubernetes");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/hire\/kubernetes$/);
    await expect(page.getByRole("heading", { level: 1, name: "Hire a Kubernetes expert" })).toBeVisible();
    await context.close();
  });
});

test.describe("a group page and the index", () => {
  test("the skill's group lists its skills and links back", async ({ page }) => {
    await page.goto("/hire/fastapi");
    const groupLink = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").nth(1);
    const groupName = (await groupLink.textContent()) ?? "";
    await groupLink.click();
    await expect(page.getByRole("heading", { level: 1, name: `Hire ${groupName} experts` })).toBeVisible();
    await page.getByRole("region", { name: "More skills" }).getByRole("link", { name: "FastAPI", exact: true }).first().click();
    await expect(page).toHaveURL(/\/hire\/fastapi$/);
  });

  test("the index finds a skill by another name, and says plainly when nothing matches", async ({ page }) => {
    await page.goto("/hire");
    await expect(page.getByRole("heading", { level: 1, name: "Hire pre-vetted experts by skill" })).toBeVisible();
    await page.getByLabel("Find experts by skill").fill("fast api");
    await page.getByLabel("Find experts by skill").press("Enter");
    await page.getByRole("link", { name: /Hire a FastAPI expert/ }).click();
    await expect(page).toHaveURL(/\/hire\/fastapi$/);

    await page.goto("/hire/search?q=quantum+basket+weaving");
    await expect(page.getByRole("heading", { name: "No skill page matches “quantum basket weaving”" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Raise a request" }).last()).toHaveAttribute("href", "/start");
  });
});

test("every skill the home page offers has its page", async ({ page, request }) => {
  await page.goto("/");
  const links = await page
    .getByRole("region", { name: "Hire by skill" })
    .getByRole("link")
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
  expect(links.length).toBe(POPULAR_SKILLS.length + 1);
  for (const href of links) expect((await request.get(href ?? "")).status(), href ?? "").toBe(200);
});

test.describe("addresses that are not skill pages", () => {
  for (const path of ["/hire/no-such-skill", "/hire/%3Cscript%3Ealert(1)%3C%2Fscript%3E", `/hire/${"x".repeat(3000)}`, "/hire/FastAPI", "/hire/fastapi%00"]) {
    test(`${path.slice(0, 60)} is a helpful 404 with search, never an error`, async ({ page }) => {
      const response = await page.goto(path);
      expect([400, 404]).toContain(response?.status());
      if (response?.status() === 404) {
        await expect(page.getByRole("heading", { level: 1, name: "We have no page for that skill" })).toBeVisible();
        await expect(page.getByLabel("Find experts by skill")).toBeVisible();
        const robots = await page.locator('meta[name="robots"]').evaluateAll((metas) => metas.map((meta) => meta.getAttribute("content")));
        expect(robots.length).toBeGreaterThan(0);
        for (const content of robots) expect(content).toContain("noindex");
      }
      expect(await page.content()).not.toContain("<script>alert(1)");
    });
  }

  test("search input of any size or shape is answered, not echoed as markup", async ({ page }) => {
    for (const q of ["<img src=x onerror=alert(1)>", "%", "'; DROP TABLE skills; --", "a".repeat(5000)]) {
      const response = await page.goto(`/hire/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q.slice(0, 30)).toBe(200);
      expect(await page.content()).not.toContain("<img src=x");
    }
  });
});

test.describe("for search engines", () => {
  test("the sitemap lists every skill and group page with when it last changed", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
    const [{ count }] = await query<{ count: number }>("SELECT count(*)::int AS count FROM skills");
    expect(locations.filter((path) => path.startsWith("/hire/")).length).toBeGreaterThan(count);
    expect(locations).toContain("/hire/fastapi");
    expect(xml).toMatch(/<url>\s*<loc>[^<]+\/hire\/fastapi<\/loc>\s*<lastmod>\d{4}-\d\d-\d\dT/);
  });

  test("robots.txt keeps the app, the admin console and the API out and names the sitemap", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    for (const path of ["/api/", "/admin", "/client", "/expert", "/settings", "/dashboard"]) expect(text).toContain(`Disallow: ${path}`);
    expect(text).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
  });

  test("pages that are not public stay out of search results", async ({ page }) => {
    for (const path of ["/sign-in", "/sign-up", "/forgot-password", "/hire/search?q=script"]) {
      await page.goto(path);
      expect(await page.locator('meta[name="robots"]').getAttribute("content"), path).toContain("noindex");
    }
    await page.goto("/");
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("index, follow");
  });
});

test.describe("accessibility", () => {
  const PAGES = ["/hire", "/hire/fastapi", "/hire/data-engineering", "/hire/search?q=script", "/hire/search?q=quantum", "/hire/no-such-skill"];
  for (const width of [1280, 375]) {
    for (const path of PAGES) {
      test(`${path} at ${width} px has no axe violations`, async ({ page }) => {
        test.slow();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
      });
    }
  }
});
