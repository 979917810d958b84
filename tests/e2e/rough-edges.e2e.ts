import { Client } from "pg";
import { applyAsNewExpert } from "./application-fixtures";
import { createClientAccount, e2eDatabaseUrl, expect, signInThroughApi, test } from "./fixtures";

// Rough edges a new user met: the modal's overlay, the site's icon, a timezone broken mid-word, and the
// guard every spec runs under (tests/e2e/page-problems.ts) catching a console error.

test("an open dialog's overlay covers the whole page, the header included", async ({ page }) => {
  await signInThroughApi(page.request, await createClientAccount(page.request));
  await page.goto("/settings/api-tokens");
  const header = page.getByRole("banner");
  const box = await header.boundingBox();
  expect(box).not.toBeNull();
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create an API token" });
  await expect(dialog).toBeVisible();

  const atHeader = await page.evaluate(
    ([x, y]) => {
      const element = document.elementFromPoint(x, y);
      const dialogElement = document.querySelector("dialog[open]");
      return {
        isDialog: element === dialogElement,
        isInHeader: Boolean(element?.closest("header")),
        backdrop: dialogElement ? getComputedStyle(dialogElement, "::backdrop").backgroundColor : null,
      };
    },
    [box!.x + 8, box!.y + box!.height / 2],
  );
  // What is under the pointer over the header is the dialog's backdrop, which dims it.
  expect(atHeader).toMatchObject({ isDialog: true, isInHeader: false });
  expect(atHeader.backdrop).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("the site has an icon: /favicon.ico and the one the pages link to", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/^image\//);
  await page.goto("/");
  const href = await page.locator('head link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const linked = await request.get(href!);
  expect(linked.status()).toBe(200);
  expect(linked.headers()["content-type"]).toMatch(/^image\//);
});

test("a long timezone wraps only after a slash on the expert's dashboard, at 375 px", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    const { rows } = await database.query<{ slug: string }>(`SELECT slug FROM skills WHERE id LIKE 'seed_skill_%' ORDER BY slug LIMIT 1`);
    const expert = await applyAsNewExpert(page.request, { skillSlugs: [rows[0].slug] });
    await database.query(`UPDATE expert_profiles SET timezone = 'America/Argentina/Buenos_Aires' WHERE id = $1`, [expert.expertProfileId]);
  } finally {
    await database.end();
  }
  await page.goto("/expert");
  const value = page.locator("dl > div", { has: page.getByText("Timezone", { exact: true }) }).locator("dd");
  await expect(value).toHaveText("America/Argentina/Buenos Aires");
  // The text's line breaks: each line but the last ends with "/" or a space, never inside a word.
  const lines = await value.evaluate((element) => {
    const text = element.textContent ?? "";
    const node = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const tops: { char: string; top: number }[] = [];
    for (let current = node.nextNode(); current; current = node.nextNode()) {
      for (let index = 0; index < (current.textContent ?? "").length; index++) {
        const range = document.createRange();
        range.setStart(current, index);
        range.setEnd(current, index + 1);
        tops.push({ char: current.textContent![index], top: Math.round(range.getBoundingClientRect().top) });
      }
    }
    const result: string[] = [];
    let line = "";
    tops.forEach(({ char, top }, index) => {
      if (index > 0 && top !== tops[index - 1].top) {
        result.push(line);
        line = "";
      }
      line += char;
    });
    result.push(line);
    return { text, lines: result };
  });
  expect(lines.lines.length).toBeGreaterThan(1);
  for (const line of lines.lines.slice(0, -1)) expect(line, JSON.stringify(lines.lines)).toMatch(/[/ ]$/);
});

test.describe("the page guard", () => {
  test.use({ allowedConsoleErrors: [/deliberate guard probe/] });

  test("records a console error, which a test may allow only by naming it", async ({ page, pageProblems }) => {
    await page.goto("/");
    await page.evaluate(() => console.error("deliberate guard probe"));
    await expect.poll(() => pageProblems.seen.join("\n")).toContain("console.error on");
    expect(pageProblems.unexpected([/deliberate guard probe/])).toEqual([]);
    expect(pageProblems.unexpected([])).toHaveLength(1);
  });
});
