import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { Client } from "pg";
import { capitalised, madeUpWord, withSwappedLetters } from "../fixtures/search";
import { createClientAccount, demoAccount, e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";
import { createAdminAccount } from "./two-factor-fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

async function withDatabase<T>(work: (client: Client) => Promise<T>) {
  const client = new Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

test.describe("search", () => {
  test("an admin finds a misspelt name and Python experts typed as pyhton, and opens the user's page", async ({ page }) => {
    test.slow();
    const surname = madeUpWord(9);
    const name = `John Smith ${capitalised(surname)}`;
    const userId = `e2e_search_${randomUUID()}`;
    await withDatabase((client) =>
      client.query(`INSERT INTO users (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, 'not-used', 'CLIENT', now())`, [
        userId,
        `${surname}@example.test`,
        name,
      ]),
    );
    await signInThroughApi(page.request, await createAdminAccount());

    await page.goto("/admin");
    await page.getByRole("link", { name: "Search", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    await page.getByLabel("Search for").fill(`jon smiht ${withSwappedLetters(surname, 3)}`);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const results = page.getByRole("list", { name: "Results" });
    await expect(results.getByRole("listitem").first()).toContainText(name);
    await expectNoAxeViolations(page);

    await page.getByLabel("Search for").fill("pyhton");
    await page.getByLabel("Show").selectOption("EXPERT");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/q=pyhton&kind=EXPERT/);
    await expect(results.getByRole("listitem").first().getByRole("link")).toHaveAttribute("href", /^\/admin\/vetting\//);
    await expect(page.getByText(/^Page 1 of \d+ · \d+ results?$/)).toBeVisible();

    await page.getByLabel("Search for").fill(`jon smiht ${withSwappedLetters(surname, 3)}`);
    await page.getByLabel("Show").selectOption("");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await results.getByRole("link", { name }).first().click();
    await expect(page).toHaveURL(new RegExp(`/admin/users/${userId}$`));
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    await page.goto("/admin/search?q=a");
    await expect(page.getByText("Type at least 2 characters to search.")).toBeVisible();
  });

  test("a client finds a public expert by a misspelt name; a private one stays hidden", async ({ page, request }) => {
    test.slow();
    const [publicWord, privateWord] = [madeUpWord(10), madeUpWord(10)];
    const slug = `e2e-${publicWord}`;
    await withDatabase(async (client) => {
      const { rows } = await client.query<{ id: string; userId: string }>(
        `SELECT ep.id, ep."userId" FROM expert_profiles ep JOIN users u ON u.id = ep."userId"
         WHERE ep."vettingStatus" = 'APPROVED' AND NOT ep."publicProfile" AND u."suspendedAt" IS NULL AND u."deletedAt" IS NULL
           AND u.email <> $1
         ORDER BY random() LIMIT 2`,
        [demoAccount("EXPERT").email],
      );
      const [publicExpert, privateExpert] = rows;
      await client.query(`UPDATE users SET name = $2 WHERE id = $1`, [publicExpert.userId, `${capitalised(publicWord)} Public`]);
      await client.query(`UPDATE expert_profiles SET "publicProfile" = true, "publicSlug" = $2 WHERE id = $1`, [publicExpert.id, slug]);
      await client.query(`UPDATE users SET name = $2 WHERE id = $1`, [privateExpert.userId, `${capitalised(privateWord)} Private`]);
    });
    await signInThroughApi(page.request, await createClientAccount(request));

    await page.goto("/client/experts");
    await expect(page.getByRole("heading", { level: 1, name: "Find experts" })).toBeVisible();
    await page.getByLabel("Name, skill or headline").fill(withSwappedLetters(publicWord, 4));
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const found = page.getByRole("list", { name: "Experts found" });
    await expect(found.getByRole("link", { name: `${capitalised(publicWord)} Public` })).toHaveAttribute("href", `/p/${slug}`);
    await expectNoAxeViolations(page);

    await page.getByLabel("Name, skill or headline").fill(privateWord);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    // A made-up word may still come close to some public expert's name; the private one is never listed.
    await expect(page).toHaveURL(new RegExp(`[?&]q=${privateWord}`));
    await expect(page.getByLabel("Name, skill or headline")).toHaveValue(privateWord);
    await expect(page.getByRole("link", { name: `${capitalised(privateWord)} Private` })).toHaveCount(0);
  });

  test("the skill picker works from the keyboard: type, arrows, Enter adds a tag, Escape closes, Backspace removes the last tag", async ({ page }) => {
    test.slow();
    await signInThroughApi(page.request, demoAccount("CLIENT"));
    await page.goto("/client/requests/new");
    await page.getByLabel("Title").fill(`Keyboard-only request ${randomUUID().slice(0, 8)}`);
    await page
      .getByLabel("What needs doing")
      .fill("Build an async FastAPI service that ingests insurance claims, validates them and stores them in PostgreSQL.");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByRole("heading", { name: "Step 2 of 5: Skills" })).toBeFocused();

    const picker = page.getByRole("combobox", { name: "Nice-to-have skills" });
    const tags = page.getByRole("grid", { name: "Chosen nice-to-have skills" }).getByRole("row");
    await picker.focus();
    await page.keyboard.type("pyhton");
    const listbox = page.getByRole("listbox");
    await expect(listbox.getByRole("option", { name: /^Python/ })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await expect(picker).toHaveAttribute("aria-activedescendant", /.+/);
    await page.keyboard.press("Enter");
    await expect(tags).toHaveText([/Python/]);
    await expect(picker).toHaveValue("");
    await expect(picker).toBeFocused();

    await page.keyboard.type("k8s");
    await expect(listbox.getByRole("option", { name: /^Kubernetes/ })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(tags).toHaveText([/Python/, /Kubernetes/]);
    await expect(listbox).toBeHidden();
    await expectNoAxeViolations(page);

    // No axe run while the list is open: React Aria's ComboBox hides the rest of the page from screen
    // readers (aria-hidden) while its list is open, which axe's aria-hidden-focus rule reports.
    await page.keyboard.type("postgres");
    await expect(listbox.getByRole("option", { name: /^PostgreSQL/ })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(listbox).toBeHidden();
    await expect(picker).toBeFocused();
    // Escape also drops the unfinished text (React Aria's ComboBox reverts to the selection, which is none).
    await expect(picker).toHaveValue("");
    await expect(tags).toHaveCount(2);
    // Backspace removes text first; only in the empty input does it take the last tag.
    await page.keyboard.type("r");
    await page.keyboard.press("Backspace");
    await expect(picker).toHaveValue("");
    await expect(tags).toHaveCount(2);

    await page.keyboard.press("Backspace");
    await expect(tags).toHaveText([/Python/]);
    await page.keyboard.press("Backspace");
    await expect(page.getByRole("grid", { name: "Chosen nice-to-have skills" })).toHaveCount(0);
    await expect(picker).toBeFocused();
  });
});
