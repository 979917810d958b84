import AxeBuilder from "@axe-core/playwright";
import { Client } from "pg";
import { createClientAccount, e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";

// A finance member saves the company's card on the billing page through the Stripe stand-in's card
// page (Checkout in setup mode), sees it as "Visa •••• 4242", then replaces it, in Chromium.

async function joinAsFinance(ownerEmail: string, memberEmail: string) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    await database.query(
      `WITH owner AS (SELECT cm."companyId" FROM company_members cm JOIN users u ON u.id = cm."userId" WHERE u.email = $1),
         joined AS (SELECT id FROM users WHERE email = $2),
         own AS (DELETE FROM company_members WHERE "userId" = (SELECT id FROM joined) RETURNING "companyId")
       INSERT INTO company_members ("companyId", "userId", role) SELECT (SELECT "companyId" FROM owner), (SELECT id FROM joined), 'FINANCE'`,
      [ownerEmail, memberEmail],
    );
  } finally {
    await database.end();
  }
}

test.describe("saved card", () => {
  test("a finance member saves a card on the billing page, sees Visa •••• 4242, and replaces it", async ({ browser, request }) => {
    test.slow();
    const owner = await createClientAccount(request);
    const finance = await createClientAccount(request);
    await joinAsFinance(owner.email, finance.email);

    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    await signInThroughApi(context.request, finance);
    const page = await context.newPage();
    await page.goto("/client/billing");
    const panel = page.getByRole("region", { name: "Card for charges" });
    await expect(panel).toContainText("No card saved yet");
    await panel.getByRole("button", { name: "Save a card" }).click();

    // The stand-in's card page in setup mode: nothing is charged.
    await expect(page.getByRole("heading", { name: "Stripe stand-in — Save a card" })).toBeVisible();
    await page.getByLabel("Card number").fill("4242 4242 4242 4242");
    await page.getByLabel("Expiry date (MM/YY)").fill("04/29");
    await page.getByRole("button", { name: "Save card" }).click();

    await expect(page).toHaveURL(/\/client\/billing\?card_saved=cs_/);
    await expect(panel.getByRole("status")).toContainText("Card saved. We will charge Visa •••• 4242 from now on.");
    await expect(panel).toContainText("Visa •••• 4242, expires 04/29");
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations).toEqual([]);

    // Replacing it: the new card is the one shown (and charged).
    await panel.getByRole("button", { name: "Replace card" }).click();
    await page.getByLabel("Card number").fill("4000 0000 0000 0341");
    await page.getByLabel("Expiry date (MM/YY)").fill("11/31");
    await page.getByRole("button", { name: "Save card" }).click();
    await expect(panel).toContainText("Visa •••• 0341, expires 11/31");
    await page.goto("/client/billing");
    await expect(panel).toContainText("Visa •••• 0341, expires 11/31");
    await expect(panel).not.toContainText("4242");

    const api = await context.request.get("/api/v1/billing/card");
    expect(await api.json()).toMatchObject({ card: { label: "Visa •••• 0341", expires: "11/31" }, failingCharges: 0 });
    await context.close();
  });
});
