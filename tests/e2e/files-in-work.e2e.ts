import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { pdfFile, pngFile } from "./attachment-fixtures";
import { callApi, expectStatus, signIn, withDatabase } from "./authorization/api-client";
import { type ChatParty, createChat } from "./chat-fixtures";
import { createClientAccount, demoAccount, expect, signInThroughApi, test } from "./fixtures";
import { acceptedContract, fundMilestones } from "./money-setup";
import { createAdminAccount } from "./two-factor-fixtures";

// Files in the work: a milestone's deliverable, reviewed by the client before approving and kept
// after release; and a request's brief, attached in the wizard and opened by the expert put on its
// shortlist, while any other expert gets a 404.

async function pageFor(browser: Browser, party: { request: ChatParty["request"] }) {
  const context = await browser.newContext({ storageState: await party.request.storageState(), viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  return context.newPage();
}

async function downloadedBytes(page: Page, link: ReturnType<Page["getByRole"]>) {
  const downloading = page.waitForEvent("download");
  await link.click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

test.describe("files in the work", () => {
  test("the expert submits a deliverable with a file; the client downloads it, approves, and the released milestone keeps it", async ({ browser }) => {
    test.slow();
    const { client, experts, requestId } = await createChat(1);
    const [expert] = experts;
    const { contractId, milestoneIds } = await acceptedContract(client, expert, requestId, {
      title: "Deliverables with files",
      milestones: [{ title: "Audit report", amountCents: 120_000 }],
    });
    await fundMilestones(client, contractId, milestoneIds);

    const report = pdfFile("audit-report.pdf", `Audit ${randomUUID()}`);
    const expertPage = await pageFor(browser, expert);
    await expertPage.goto(`/contracts/${contractId}`);
    const expertMilestone = expertPage.getByRole("listitem", { name: "1. Audit report" });
    await expertMilestone.getByRole("button", { name: "Submit work" }).click();
    const dialog = expertPage.getByRole("dialog", { name: "Submit this milestone for review" });
    await dialog.getByRole("textbox", { name: "What you delivered" }).fill("The audit report, with a plan for each service.");
    await dialog.locator('input[type="file"]').setInputFiles([report]);
    await expect(dialog.getByText("audit-report.pdf", { exact: true }).first()).toBeVisible();
    await expect(dialog.getByRole("list", { name: "Files being added" }).getByText("Ready", { exact: true })).toHaveCount(1, { timeout: 15_000 });
    await expect(dialog.getByRole("button", { name: "Submit for review" })).toBeEnabled();
    await dialog.getByRole("button", { name: "Submit for review" }).click();
    await expect(dialog).toBeHidden();

    const clientPage = await pageFor(browser, client);
    await clientPage.goto(`/contracts/${contractId}`);
    const milestone = clientPage.getByRole("listitem", { name: "1. Audit report" });
    const files = milestone.getByRole("list", { name: "Files for Audit report, round 1" });
    const downloaded = await downloadedBytes(clientPage, files.getByRole("link", { name: /Download audit-report\.pdf/ }));
    expect(downloaded.name).toBe("audit-report.pdf");
    expect(downloaded.bytes.equals(report.buffer)).toBe(true);

    await milestone.getByRole("button", { name: "Approve and release" }).click();
    await clientPage.getByRole("button", { name: "Yes, release payment" }).click();
    await expect(milestone).toContainText("Released");
    await clientPage.reload();
    await expect(
      milestone.getByRole("list", { name: "Files for Audit report, round 1" }).getByRole("link", { name: "Download audit-report.pdf" }),
    ).toBeVisible();
    await expertPage.reload();
    await expect(
      expertMilestone.getByRole("list", { name: "Files for Audit report, round 1" }).getByRole("link", { name: "Download audit-report.pdf" }),
    ).toBeVisible();
    await Promise.all([clientPage.context().close(), expertPage.context().close()]);
  });

  test("a brief attached in the wizard is shown on the request and to the shortlisted expert; another expert gets a 404", async ({ browser, page }) => {
    test.slow();
    await signInThroughApi(page.request, await createClientAccount(page.request));
    const mockup = pngFile("brief-mockup.png", 48);
    const spec = pdfFile("brief-spec.pdf", `Brief ${randomUUID()}`);
    await page.goto("/client/requests/new");
    await page.getByLabel("Title").fill(`Claims intake brief ${randomUUID().slice(0, 8)}`);
    await page.getByLabel("What needs doing").fill("Build an async service that ingests insurance claims, validates them and stores them.");
    await page.locator('input[type="file"]').setInputFiles([spec, mockup]);
    await expect(page.getByText("brief-spec.pdf", { exact: true }).first()).toBeVisible();
    // Moving on waits for the uploads; once both are checked and ready, the draft saves them.
    await expect(page.getByRole("list", { name: "Files being added" }).getByText("Ready", { exact: true })).toHaveCount(2, { timeout: 15_000 });
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByRole("heading", { name: "Step 2 of 5: Skills" })).toBeFocused({ timeout: 15_000 });
    const requestId = new URL(page.url()).searchParams.get("draft")!;

    // Back on the first step, the brief holds both files.
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByRole("list", { name: "Files in the brief" }).getByRole("link", { name: "Download brief-spec.pdf" })).toBeVisible();
    await page.goto(`/client/requests/${requestId}`);
    await expect(page.getByRole("list", { name: "Files in the brief" }).getByRole("link", { name: "Download brief-mockup.png" })).toBeVisible();

    // The request goes to matching, and an admin puts an expert on its shortlist.
    const [chosen, other] = await withDatabase(async (database) => {
      await database.query(
        `UPDATE hiring_requests SET status = 'MATCHING', "submittedAt" = now(), "matchDeadline" = now() + interval '8 hours' WHERE id = $1`,
        [requestId],
      );
      const { rows } = await database.query<{ id: string; email: string }>(
        `SELECT ep.id, u.email FROM expert_profiles ep JOIN users u ON u.id = ep."userId"
         WHERE ep."vettingStatus" = 'APPROVED' AND u."suspendedAt" IS NULL AND u.email <> $1 ORDER BY random() LIMIT 2`,
        [demoAccount("EXPERT").email],
      );
      return rows;
    });
    const admin = await signIn(await createAdminAccount());
    await expectStatus(callApi(admin, "POST", `/api/v1/admin/requests/${requestId}/hand-pick`, { expertProfileId: chosen.id }), 200, "hand-picking");

    const { password } = demoAccount("EXPERT");
    const expertParty = await signIn({ email: chosen.email, password });
    const otherParty = await signIn({ email: other.email, password });
    const expertContext = await browser.newContext({ acceptDownloads: true });
    await expertContext.addCookies(
      expertParty.cookie.split("; ").map((pair) => {
        const [name, ...value] = pair.split("=");
        return { name, value: value.join("="), url: new URL(page.url()).origin };
      }),
    );
    const expertPage = await expertContext.newPage();
    await expertPage.goto("/expert/invitations");
    const briefFiles = expertPage.getByRole("list", { name: /^Files in the brief for / }).first();
    const downloaded = await downloadedBytes(expertPage, briefFiles.getByRole("link", { name: /Download brief-spec\.pdf/ }));
    expect(downloaded.bytes.equals(spec.buffer)).toBe(true);

    const fileIds = await withDatabase(
      async (database) => (await database.query<{ id: string }>(`SELECT id FROM stored_files WHERE "requestId" = $1`, [requestId])).rows,
    );
    expect(fileIds).toHaveLength(2);
    for (const { id } of fileIds) {
      const forOther = await fetch(new URL(`/api/v1/files/${id}/download`, page.url()), { headers: { cookie: otherParty.cookie }, redirect: "manual" });
      expect(forOther.status).toBe(404);
      const forChosen = await fetch(new URL(`/api/v1/files/${id}/download`, page.url()), { headers: { cookie: expertParty.cookie }, redirect: "manual" });
      expect(forChosen.status).toBe(302);
    }
    await expertContext.close();
  });
});
