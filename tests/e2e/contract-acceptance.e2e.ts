import AxeBuilder from "@axe-core/playwright";
import { createChat } from "./chat-fixtures";
import { expect, test } from "./fixtures";

// Before accepting, the expert reads the whole proposal where the Accept button is: every milestone
// with its amount, due date and description, the total, and the terms (fee, auto-release, trial).

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const DAY_MS = 86_400_000;
const dueIn = (days: number) => new Date(Date.now() + days * DAY_MS);
const shownDate = (date: Date) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(date);

const MILESTONES = [
  { title: "Discovery workshop", description: "Two sessions with the team and a written summary.", amountCents: 80_000, shown: "$800.00", dueDate: dueIn(7) },
  { title: "Data model", description: "Schema, migrations and seed data.", amountCents: 125_050, shown: "$1,250.50", dueDate: dueIn(21) },
  { title: "Launch", description: "Production rollout and a week of support.", amountCents: 200_000, shown: "$2,000.00", dueDate: dueIn(45) },
];

test("the expert sees every milestone and the terms before accepting, on a phone-sized screen", async ({ browser }) => {
  test.slow();
  const { client, experts, requestId } = await createChat(1);
  const [expert] = experts;
  const request = (await (await client.request.get(`/api/v1/requests/${requestId}`)).json()) as { shortlist: { matchId: string }[] };
  const proposed = await client.request.post("/api/v1/contracts", {
    data: {
      matchId: request.shortlist[0].matchId,
      title: "Three-step build",
      currency: "USD",
      totalCents: MILESTONES.reduce((sum, milestone) => sum + milestone.amountCents, 0),
      milestones: MILESTONES.map(({ title, description, amountCents, dueDate }) => ({ title, description, amountCents, dueDate: dueDate.toISOString() })),
    },
  });
  expect(proposed.status(), await proposed.text()).toBe(201);
  const { id: contractId } = (await proposed.json()) as { id: string };

  const context = await browser.newContext({ storageState: await expert.request.storageState(), viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(`/contracts/${contractId}`);
  const answer = page.getByRole("region", { name: "Your answer" });
  const table = answer.getByRole("table", { name: "Every milestone of this proposal" });
  await expect(table.getByRole("row")).toHaveCount(MILESTONES.length + 2); // the header, each milestone, the total
  for (const [index, milestone] of MILESTONES.entries()) {
    const row = table.getByRole("row", { name: new RegExp(`^${index + 1}\\. ${milestone.title}`) });
    await expect(row).toContainText(milestone.description);
    await expect(row).toContainText(milestone.shown);
    await expect(row).toContainText(shownDate(milestone.dueDate));
  }
  await expect(table.getByRole("row", { name: /Total, 3 milestones/ })).toContainText("$4,050.50");
  const terms = answer.getByRole("list", { name: "Terms" });
  await expect(terms).toContainText("minus the 10% platform fee");
  await expect(terms).toContainText("within 14 days is released automatically");
  await expect(terms).toContainText(/The first \d+ days after acceptance are a trial/);
  // Everything above comes before the button that accepts it.
  const accept = answer.getByRole("button", { name: "Accept contract" });
  const [tableBox, acceptBox] = [await table.boundingBox(), await accept.boundingBox()];
  expect(tableBox && acceptBox && tableBox.y < acceptBox.y).toBe(true);

  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);

  await accept.click();
  await expect(answer).toHaveCount(0, { timeout: 20_000 });
  await context.close();
});
