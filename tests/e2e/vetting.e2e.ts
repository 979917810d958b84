import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { type Page, request as playwrightRequest } from "@playwright/test";
import { Client } from "pg";
import { applyAsNewExpert } from "./application-fixtures";
import { demoAccount, e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";
import { MOBILE_TAG } from "./mobile/device";
import { createAdminAccount } from "./two-factor-fixtures";

// The whole vetting journey: an applicant applies; an admin scores and advances them through
// screening and an interview to approved in the browser; then they are a candidate for matching.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function withDatabase<T>(work: (database: Client) => Promise<T>) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    return await work(database);
  } finally {
    await database.end();
  }
}

/** The seeded skill the fewest approved experts have, so the new expert is among the few who cover it (other tests add skills of their own). */
const rarestSkillSlug = () =>
  withDatabase(async (database) => {
    const { rows } = await database.query<{ slug: string }>(
      `SELECT s.slug FROM skills s LEFT JOIN expert_skills es ON es."skillId" = s.id
       LEFT JOIN expert_profiles ep ON ep.id = es."expertProfileId" AND ep."vettingStatus" = 'APPROVED'
       WHERE s.id LIKE 'seed_skill_%'
       GROUP BY s.id ORDER BY count(ep.id), s.slug LIMIT 1`,
    );
    return rows[0].slug;
  });

/** Scores every criterion of a decision form 4 out of 5. */
async function scoreAll(form: ReturnType<Page["getByRole"]>) {
  const criteria = form.getByRole("group").filter({ has: form.page().getByRole("radio", { name: "4" }) });
  const count = await criteria.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) await criteria.nth(index).getByRole("radio", { name: "4" }).check();
}

test.describe("vetting an applicant", () => {
  test("an admin advances an applicant through screening and an interview to approved; they become a matching candidate", { tag: MOBILE_TAG }, async ({
    page,
    request,
  }) => {
    test.slow();
    const skillSlug = await rarestSkillSlug();
    const applicant = await applyAsNewExpert(request, { skillSlugs: [skillSlug] });
    await signInThroughApi(page.request, await createAdminAccount());

    await page.goto("/admin/vetting");
    await expect(page.getByRole("link", { name: /^Applied \(\s*\d+\s*\)$/ })).toBeVisible();
    await page.goto(`/admin/vetting/${applicant.expertProfileId}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("E2E Expert");
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    await scoreAll(page.getByRole("form", { name: "Decision at applied" }));
    await page.getByRole("button", { name: "Advance to screening" }).click();
    const screening = page.getByRole("form", { name: /^Decision at screening/i });
    await expect(screening).toBeVisible();
    await scoreAll(screening);
    await page.getByRole("button", { name: "Advance to interview" }).click();

    const booking = page.getByRole("form", { name: "Book the interview" });
    await expect(booking).toBeVisible();
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
    await booking.getByLabel("Interview time").fill(`${inTwoDays.toISOString().slice(0, 10)}T15:00`);
    await booking.getByLabel("Meeting link").fill("https://meet.example.com/vetted-e2e");
    await booking.getByRole("button", { name: "Schedule interview" }).click();
    const recording = page.getByRole("form", { name: "Record the results" });
    await expect(recording).toBeVisible();
    const passed = recording.getByRole("checkbox");
    for (let index = 0; index < (await passed.count()); index++) await passed.nth(index).check();
    await recording.getByRole("button", { name: "Record results" }).click();
    await expect(page.getByRole("button", { name: /^Remove verification of / }).first()).toBeVisible();

    // Without a reload: the decision can be taken at once, and no second interview is offered.
    const interview = page.getByRole("form", { name: /^Decision at interview/i });
    await expect(interview.getByRole("button", { name: "Approve" })).toBeEnabled();
    await expect(interview.getByText("Record the interview results before approving.")).toHaveCount(0);
    await expect(page.getByRole("form", { name: /^(Book|Move) the interview$/ })).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Record the results" })).toHaveCount(0);
    await scoreAll(interview);
    await interview.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("form", { name: /^Decision at / })).toHaveCount(0);

    // The applicant sees it, and matching finds them for a request that needs their skill.
    const expert = await playwrightRequest.newContext({ baseURL: page.url().split("/admin")[0] });
    await signInThroughApi(expert, { email: applicant.email, password: applicant.password });
    expect((await (await expert.get("/api/v1/application")).json()).status).toBe("APPROVED");
    await expert.dispose();

    const requestId = `e2e_vetting_${randomUUID()}`;
    await withDatabase(async (database) => {
      const owner = await database.query<{ companyId: string; userId: string }>(
        `SELECT cm."companyId", cm."userId" FROM company_members cm JOIN users u ON u.id = cm."userId" WHERE u.email = $1`,
        [demoAccount("CLIENT").email],
      );
      await database.query(
        `INSERT INTO hiring_requests (id, "companyId", "createdById", title, description, "budgetMaxCents", timezone, status, "submittedAt", "matchDeadline", "updatedAt")
         VALUES ($1, $2, $3, 'E2E vetting request', 'A request that needs exactly the skill the new expert was verified in today.', 100000, 'UTC', 'MATCHING', now(), now() + interval '8 hours', now())`,
        [requestId, owner.rows[0].companyId, owner.rows[0].userId],
      );
      await database.query(`INSERT INTO request_skills ("requestId", "skillId", "isRequired") SELECT $1, id, true FROM skills WHERE slug = $2`, [
        requestId,
        skillSlug,
      ]);
    });
    const candidates = await (await page.request.get(`/api/v1/admin/requests/${requestId}/hand-pick-candidates`)).json();
    expect(candidates.candidates.map((candidate: { expertProfileId: string }) => candidate.expertProfileId)).toContain(applicant.expertProfileId);
  });
});
