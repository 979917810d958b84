import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { Client } from "pg";
import { signUpExpert } from "./application-fixtures";
import { e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";
import { PRIMARY_URL, SECOND_URL } from "./ports";

// A hiring page is generated once and then served from each app instance's own cache for an hour.
// An expert who takes their name off the public pages must leave every instance's copy at once,
// although the change is made through the API, outside any request Next.js serves.

/**
 * An approved expert who chose a public profile, alone with a verified skill in a category of its
 * own: the skill's page and its group's page show them, by name, and nobody else.
 */
async function arrangePublicExpert(email: string) {
  const uid = randomUUID().replace(/-/g, "").slice(0, 10);
  const skill = { id: randomUUID(), slug: `refresh-skill-${uid}`, name: `Refresh Skill ${uid}`, category: `Refresh ${uid}` };
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    await database.query("BEGIN");
    await database.query("INSERT INTO skills (id, slug, name, category) VALUES ($1, $2, $3, $4)", [skill.id, skill.slug, skill.name, skill.category]);
    const { rows } = await database.query<{ id: string }>(
      `UPDATE expert_profiles SET "vettingStatus" = 'APPROVED', "submittedAt" = now(), "approvedAt" = now(), "publicProfile" = true,
              "isAvailable" = true, headline = 'Senior engineer, public profile'
        WHERE "userId" = (SELECT id FROM users WHERE email = $1) RETURNING id`,
      [email],
    );
    await database.query(`INSERT INTO expert_skills ("expertProfileId", "skillId", level, years, "verifiedAt") VALUES ($1, $2, 'SENIOR', 6, now())`, [
      rows[0].id,
      skill.id,
    ]);
    await database.query("COMMIT");
  } finally {
    await database.end();
  }
  return [`/hire/${skill.slug}`, `/hire/refresh-${uid}`];
}

test("an expert who opts out of a public profile leaves the cached hiring pages of every instance", async ({ playwright }) => {
  test.slow();
  const expert = await playwright.request.newContext({ baseURL: PRIMARY_URL });
  const account = await signUpExpert(expert);
  const pages = await arrangePublicExpert(account.email);
  const visitors = await Promise.all([PRIMARY_URL, SECOND_URL].map((baseURL) => playwright.request.newContext({ baseURL })));
  const visit = async (visitor: APIRequestContext, path: string) => {
    const response = await visitor.get(path);
    expect(response.status(), path).toBe(200);
    return { html: await response.text(), cache: response.headers()["x-nextjs-cache"] };
  };

  // Both instances generate each page and then serve it from their cache.
  for (const visitor of visitors) {
    for (const path of pages) {
      expect((await visit(visitor, path)).html, `${path} names the expert`).toContain(account.name);
      const cached = await visit(visitor, path);
      expect(cached.cache, `${path} is served from the cache`).toBe("HIT");
      expect(cached.html).toContain(account.name);
    }
  }

  await signInThroughApi(expert, account);
  const optOut = await expert.patch("/api/v1/profile", { data: { publicProfile: false } });
  expect(optOut.status(), await optOut.text()).toBe(200);

  for (const [index, visitor] of visitors.entries()) {
    for (const path of pages) {
      await expect
        .poll(async () => (await visit(visitor, path)).html, { message: `instance ${index + 1} stops naming the expert on ${path}`, timeout: 15_000 })
        .not.toContain(account.name);
    }
  }
  // The regenerated pages are cached again, and still show the expert, without a name.
  for (const visitor of visitors) {
    const cached = await visit(visitor, pages[0]);
    expect(cached.cache).toBe("HIT");
    expect(cached.html).toContain("Senior engineer, public profile");
  }
  await Promise.all([expert, ...visitors].map((context) => context.dispose()));
});
