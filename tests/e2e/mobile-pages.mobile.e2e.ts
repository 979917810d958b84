import type { Browser } from "@playwright/test";
import { ACTORS, type Actor, partyOf, RECORDS } from "./authorization/actors";
import { fillPattern } from "./authorization/discovery";
import { expectedPage } from "./authorization/expectations";
import { createWorld, type World } from "./authorization/fixtures";
import { PAGES, type PageEntry } from "./authorization/page-matrix";
import { expect, test } from "./fixtures";
import { MOBILE_TAG, PHONE } from "./mobile/device";
import { addSessionCookies, axeProblems, overflowProblems } from "./mobile/page-checks";
import { PRIMARY_URL } from "./ports";

// Every page of the page matrix at 375 px, opened by someone who may see it (a visitor where it is public):
// no sideways scrolling of the page and no axe violations. The mobile project runs it (playwright.config.ts).

const VISITORS: readonly Actor[] = ["anonymous", "client", "expert", "admin"];

function visitorOf(entry: PageEntry): Actor | undefined {
  return VISITORS.find((actor) => expectedPage(entry, actor) === "ok");
}

function pathOf(entry: PageEntry, world: World | null) {
  const recordId = entry.record && world ? RECORDS[entry.record].id(world) : undefined;
  const params = { ...(world && entry.params?.(world)), ...(recordId === undefined ? {} : { [entry.recordParam ?? "id"]: recordId }) };
  return fillPattern(entry.path, params);
}

async function checkPages(browser: Browser, actor: Actor, entries: readonly PageEntry[], world: World | null) {
  const context = await browser.newContext({ ...PHONE, baseURL: PRIMARY_URL });
  const party = world && partyOf(actor, world);
  if (party) await addSessionCookies(context, party.cookie, PRIMARY_URL);
  const page = await context.newPage();
  const problems: string[] = [];
  try {
    for (const entry of entries) {
      const path = pathOf(entry, world);
      const label = `${path} (${actor})`;
      const response = await page.goto(path);
      if (!response || response.status() >= 400) {
        problems.push(`${label}: answered ${response?.status()}`);
        continue;
      }
      await expect(page.locator("main")).toBeVisible();
      problems.push(...(await overflowProblems(page, label)), ...(await axeProblems(page, label)));
    }
  } finally {
    await context.close();
  }
  return problems;
}

const byVisitor = (actors: readonly Actor[]) =>
  actors.map((actor) => ({ actor, entries: PAGES.filter((entry) => visitorOf(entry) === actor) })).filter(({ entries }) => entries.length > 0);

test("every public page fits a 375 px screen and passes axe", { tag: MOBILE_TAG }, async ({ browser }) => {
  test.setTimeout(300_000);
  const [{ entries }] = byVisitor(["anonymous"]);
  // Public pages with a record of their own (a public profile) need the world; they are checked with the signed-in ones.
  const problems = await checkPages(
    browser,
    "anonymous",
    entries.filter((entry) => !entry.params),
    null,
  );
  expect(problems).toEqual([]);
});

test("every signed-in page fits a 375 px screen and passes axe, for whoever may see it", { tag: MOBILE_TAG }, async ({ browser }) => {
  test.setTimeout(600_000);
  const world = await test.step("make the actors and their records", () => createWorld());
  const groups = byVisitor(ACTORS).map((group) => (group.actor === "anonymous" ? { ...group, entries: group.entries.filter((entry) => entry.params) } : group));
  const problems = (await Promise.all(groups.map(({ actor, entries }) => checkPages(browser, actor, entries, world)))).flat();
  expect(problems).toEqual([]);
});
