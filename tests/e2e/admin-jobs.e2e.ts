import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInThroughApi, test } from "./fixtures";
import { insertDueJob, insertFailedJob, jobAuditActions, jobRow } from "./job-fixtures";
import { createAdminAccount } from "./two-factor-fixtures";

// The admin's Jobs page against the e2e worker (polling every 250 ms). The at-risk check of a request
// that does not exist finds nothing to do, so retrying one is harmless to everyone else's data.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

const toasts = (page: Page) => page.getByRole("region", { name: "Notifications" });

/** The "Completed" count of one kind in the table of jobs by kind. */
async function completedCount(page: Page, kind: string) {
  const table = page.getByRole("table", { name: "Jobs by kind and state" });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${kind.replaceAll(".", "\\.")} `) }) });
  return Number((await row.getByRole("cell").nth(4).textContent())?.replaceAll(",", ""));
}

test.describe("the Jobs page", () => {
  test("an admin finds a failed job through the navigation, retries it, and sees the worker run it", async ({ page }) => {
    const requestId = `e2e-no-such-request-${randomUUID()}`;
    const jobId = await insertFailedJob({ kind: "matching.at-risk", payload: { requestId }, lastError: "Connection terminated unexpectedly (e2e)" });
    await signInThroughApi(page.request, await createAdminAccount());

    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/jobs$/);
    await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
    const failed = page.getByRole("region", { name: "Failed jobs" });
    const row = failed.getByRole("row").filter({ hasText: jobId });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(1)).toContainText("matching.at-risk");
    await expect(row.getByText("5 of 5")).toBeVisible();
    await expect(row.getByText("Connection terminated unexpectedly (e2e)")).toBeVisible();
    await expect(row.getByText(`"requestId": "${requestId}"`)).toBeVisible();
    await expectNoAxeViolations(page);
    const completedBefore = await completedCount(page, "matching.at-risk");

    await row.getByRole("button", { name: "Retry the matching.at-risk job" }).click();
    const dialog = page.getByRole("dialog", { name: "Retry this job?" });
    await expect(dialog.getByRole("button", { name: "Retry now" })).toBeFocused();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Retry now" }).click();
    await expect(dialog).toBeHidden();
    await expect(toasts(page).getByText("The matching.at-risk job is queued to run now.")).toBeVisible();
    await expect(row).toHaveCount(0);

    // The worker picks it up within a poll or two and completes it: the page counts it.
    await expect.poll(async () => (await jobRow(jobId))?.status).toBe("COMPLETED");
    await page.reload();
    expect(await completedCount(page, "matching.at-risk")).toBeGreaterThanOrEqual(completedBefore + 1);
    expect(await jobRow(jobId)).toMatchObject({ attempts: 1, lastError: null });
    expect(await jobAuditActions(jobId)).toEqual(["job.retried"]);
  });

  test("a job whose stored payload no longer fits fails at once with a clear error, and the admin discards it", async ({ page }) => {
    const jobId = await insertDueJob({ kind: "matching.at-risk", payload: { requestId: 42 } });
    await expect.poll(async () => (await jobRow(jobId))?.status).toBe("FAILED");
    await signInThroughApi(page.request, await createAdminAccount());

    await page.goto("/admin/jobs");
    const row = page.getByRole("region", { name: "Failed jobs" }).getByRole("row").filter({ hasText: jobId });
    await expect(row.getByText('The payload of this "matching.at-risk" job does not fit its kind: requestId:')).toBeVisible();
    await expect(row.getByText("1 of 5")).toBeVisible();

    await row.getByRole("button", { name: "Discard the matching.at-risk job" }).click();
    const dialog = page.getByRole("dialog", { name: "Discard this job?" });
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await dialog.getByRole("button", { name: "Discard job" }).click();
    await expect(dialog).toBeHidden();
    await expect(toasts(page).getByText("The matching.at-risk job is discarded.")).toBeVisible();
    await expect(row).toHaveCount(0);
    expect(await jobRow(jobId)).toBeNull();
    expect(await jobAuditActions(jobId)).toEqual(["job.discarded"]);

    await page.goto("/admin/audit-log?action=job.discarded");
    await expect(page.getByRole("row").filter({ hasText: "Discarded a failed job" }).filter({ hasText: "A matching.at-risk job" }).first()).toBeVisible();
  });
});
