import { Client } from "pg";
import { e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";
import { insertMatchingRequest } from "./sla-fixtures";
import { createAdminAccount } from "./two-factor-fixtures";

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
  const { title, requestId } = await insertMatchingRequest({ label: "on track", hoursAgo: 1, description: "Picked early by an admin." });
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
