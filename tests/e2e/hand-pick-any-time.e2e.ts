import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { demoAccount, e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";
import { createAdminAccount } from "./two-factor-fixtures";

/** A request submitted an hour ago (seven hours before its deadline), needing a skill the demo expert has. */
async function createOnTrackRequest() {
  const title = `E2E on track ${randomUUID().slice(0, 8)}`;
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    const owner = await database.query<{ companyId: string; userId: string }>(
      `SELECT cm."companyId", cm."userId" FROM company_members cm JOIN users u ON u.id = cm."userId" WHERE u.email = $1`,
      [demoAccount("CLIENT").email],
    );
    const requestId = `e2e_request_${randomUUID()}`;
    await database.query(
      `INSERT INTO hiring_requests (id, "companyId", "createdById", title, description, "budgetMaxCents", timezone, status, "slaBreached",
         "submittedAt", "matchDeadline", "updatedAt")
       VALUES ($1, $2, $3, $4, 'Picked early by an admin.', 15000, 'UTC', 'MATCHING', false, now() - interval '1 hour', now() + interval '7 hours', now())`,
      [requestId, owner.rows[0].companyId, owner.rows[0].userId, title],
    );
    await database.query(
      `INSERT INTO request_skills ("requestId", "skillId", "isRequired")
       SELECT $1, es."skillId", true FROM expert_skills es JOIN expert_profiles ep ON ep.id = es."expertProfileId" JOIN users u ON u.id = ep."userId"
       WHERE u.email = $2 ORDER BY es."skillId" LIMIT 1`,
      [requestId, demoAccount("EXPERT").email],
    );
    return { title, requestId };
  } finally {
    await database.end();
  }
}

async function handPickAudit(requestId: string) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    const rows = await database.query<{ actorId: string; data: { expertName: string; millisecondsBeforeDeadline: number } }>(
      `SELECT "actorId", data FROM audit_log WHERE "targetId" = $1 AND action = 'matching.hand-picked'`,
      [requestId],
    );
    return rows.rows;
  } finally {
    await database.end();
  }
}

test("an admin hand-picks an expert for a request hours before its deadline, not at risk", async ({ page }) => {
  const { title, requestId } = await createOnTrackRequest();
  await signInThroughApi(page.request, await createAdminAccount());
  await page.goto("/admin/sla");
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row.getByText("Matching")).toBeVisible();
  await expect(row.getByText("At risk")).toHaveCount(0);
  await expect(row.getByText("SLA breached")).toHaveCount(0);

  await row.getByRole("button", { name: /^Hand-pick/ }).click();
  const dialog = page.getByRole("dialog", { name: `Hand-pick for “${title}”` });
  const candidates = dialog.getByRole("list", { name: "Candidates" }).getByRole("listitem");
  await expect(candidates.first()).toBeVisible();
  const name = (await candidates.first().locator("p").first().textContent()) ?? "";
  await candidates.first().getByRole("button", { name: /^Pick/ }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${name} is on the shortlist for “${title}”.`).first()).toBeAttached();
  await expect(row.getByText("Matched")).toBeVisible();
  const audits = await handPickAudit(requestId);
  expect(audits).toHaveLength(1);
  expect(audits[0].data.expertName).toBe(name);
  expect(audits[0].data.millisecondsBeforeDeadline).toBeGreaterThan(6 * 3_600_000);
});
