import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { request as playwrightRequest } from "@playwright/test";
import { readPdfText } from "../support/pdf-text";
import { createChat, PRIMARY_URL } from "./chat-fixtures";
import { createClientAccount, expect, signInThroughApi, test } from "./fixtures";
import { acceptedContract } from "./money-setup";

// A receipt for a funded milestone: the client pays on the Stripe stand-in's card page, the worker
// draws the PDF, and the client downloads it from the contract page and the billing page, in Chromium.

test.describe("receipts", () => {
  test("funding a milestone issues a numbered receipt the client downloads as a PDF with the right company and amount", async ({ browser }) => {
    test.slow();
    const { client, experts, requestId } = await createChat(1);
    const [expert] = experts;
    const legalName = `Ünïcode Billing ${randomUUID().slice(0, 6)} GmbH`;

    // Billing details first: the receipt copies them.
    const billing = await client.request.put("/api/v1/billing/details", {
      data: { legalName, addressLine1: "Friedrichstraße 1", postalCode: "10117", city: "Berlin", country: "DE", taxId: "DE123456789", emails: [] },
    });
    expect(billing.status(), await billing.text()).toBe(200);

    // A contract of one 1,234.56 milestone, accepted by an expert whose payouts are set up.
    const { contractId } = await acceptedContract(client, expert, requestId, {
      title: "Receipt check",
      milestones: [{ title: "Audit and plan", amountCents: 123_456 }],
    });

    // The client pays on the card page in the browser.
    const context = await browser.newContext({
      storageState: await client.request.storageState(),
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`/contracts/${contractId}`);
    const milestone = page.getByRole("listitem", { name: "1. Audit and plan" });
    await milestone.getByRole("button", { name: "Fund milestone" }).click();
    await page.getByLabel("Card number").fill("4242 4242 4242 4242");
    await page.getByRole("button", { name: "Pay $1,234.56" }).click();
    await expect(page.getByText(/“Audit and plan” is funded/)).toBeVisible({ timeout: 20_000 });

    // The worker draws the receipt; the contract page links it once it is ready.
    const receiptLink = milestone.getByRole("link", { name: "Receipt R-000001 (PDF)" });
    await expect(async () => {
      await page.reload();
      await expect(receiptLink).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), receiptLink.click()]);
    expect(download.suggestedFilename()).toBe("Vetted receipt R-000001.pdf");
    const { text } = await readPdfText(readFileSync((await download.path())!));
    for (const expected of ["Receipt", "R-000001", legalName, "Tax ID: DE123456789", "Audit and plan", "$1,234.56", "Total paid", "Not charged"]) {
      expect(text).toContain(expected);
    }

    // The billing page lists it with the same PDF.
    await page.goto("/client/billing");
    const row = page.getByRole("row", { name: /Receipt R-000001/ });
    await expect(row).toContainText("$1,234.56");
    await expect(row).toContainText("Receipt check");
    await expect(row).toContainText("Paid");
    const [again] = await Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: /Download/ }).click()]);
    expect((await readPdfText(readFileSync((await again.path())!))).text).toContain(legalName);
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);

    // The billing details form: a bad tax id is refused next to its field; a good one is saved for the next receipts.
    await page.getByRole("textbox", { name: /Tax ID/ }).fill("VAT!");
    await page.getByRole("button", { name: "Save billing details" }).click();
    await expect(page.getByText("Use letters, digits, spaces, dots, dashes or slashes only", { exact: false })).toBeVisible();
    await page.getByRole("textbox", { name: /Tax ID/ }).fill("DE 987 654 321");
    await page.getByRole("textbox", { name: /Billing emails/ }).fill("ap@example.test");
    await page.getByRole("button", { name: "Save billing details" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Billing details saved" })).toBeVisible();
    const saved = (await (await client.request.get("/api/v1/billing/details")).json()) as { details: { taxId: string; emails: string[] } };
    expect(saved.details).toMatchObject({ taxId: "DE 987 654 321", emails: ["ap@example.test"] });

    // Only the company's owners and finance members get it: the expert and another company get a 404.
    const listed = (await (await client.request.get("/api/v1/billing/invoices")).json()) as { invoices: { number: string; downloadUrl: string }[] };
    const downloadUrl = listed.invoices.find((invoice) => invoice.number === "R-000001")!.downloadUrl;
    expect((await client.request.get(downloadUrl, { maxRedirects: 0 })).status()).toBe(302);
    expect((await expert.request.get(downloadUrl, { maxRedirects: 0 })).status()).toBe(404);
    const otherContext = await playwrightRequest.newContext({ baseURL: PRIMARY_URL });
    await signInThroughApi(otherContext, await createClientAccount(otherContext));
    expect((await otherContext.get(downloadUrl, { maxRedirects: 0 })).status()).toBe(404);
    const otherList = (await (await otherContext.get("/api/v1/billing/invoices")).json()) as { invoices: unknown[] };
    expect(otherList.invoices).toEqual([]);
    await otherContext.dispose();
    await context.close();
  });
});
