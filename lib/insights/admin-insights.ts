import { assertAdmin } from "@/lib/payments/access";
import type { SessionUser } from "@/lib/sessions/session-user";
import { measureActiveContracts } from "./active-contracts";
import { contractsView, moneyViews, shortlistViews, skillsView, vettingViews } from "./admin-chart-views";
import type { ChartView } from "./chart-table";
import { measureMoneyFlow } from "./money-flow";
import { type InsightsRange, type InsightsRangeQuery, resolveInsightsRange } from "./range";
import { measureSkillDemand } from "./skill-demand";
import { measureTimeToShortlist } from "./time-to-shortlist";
import { measureVettingFunnel } from "./vetting-funnel";

// The admin insights one dataset at a time, as the API serves them: admins only, the range resolved
// from the parsed query (a 422 when it makes no sense).

type InsightOptions = { user: SessionUser; query: InsightsRangeQuery; now: Date };

function rangeFor({ user, query, now }: InsightOptions): InsightsRange {
  assertAdmin(user);
  return resolveInsightsRange(query, now);
}

const rangeJson = (range: InsightsRange) => ({ from: range.from, to: range.to });

export async function getVettingInsight(options: InsightOptions) {
  const range = rangeFor(options);
  return { range: rangeJson(range), ...(await measureVettingFunnel(range)) };
}

export async function getShortlistInsight(options: InsightOptions) {
  const range = rangeFor(options);
  return { range: rangeJson(range), ...(await measureTimeToShortlist(range, options.now)) };
}

export async function getMoneyInsight(options: InsightOptions) {
  const range = rangeFor(options);
  return { range: rangeJson(range), ...(await measureMoneyFlow(range)) };
}

export async function getContractsInsight(options: InsightOptions) {
  const range = rangeFor(options);
  return { range: rangeJson(range), weeks: await measureActiveContracts(range) };
}

export async function getSkillsInsight(options: InsightOptions) {
  const range = rangeFor(options);
  return { range: rangeJson(range), skills: await measureSkillDemand(range) };
}

export type InsightsSection = { id: string; heading: string; views: ChartView[] };

/** Every admin insight for the page, measured at once; the range was resolved by the page. */
export async function loadAdminInsights({ user, range, now }: { user: SessionUser; range: InsightsRange; now: Date }): Promise<InsightsSection[]> {
  assertAdmin(user);
  const [funnel, shortlist, money, contracts, skills] = await Promise.all([
    measureVettingFunnel(range),
    measureTimeToShortlist(range, now),
    measureMoneyFlow(range),
    measureActiveContracts(range),
    measureSkillDemand(range),
  ]);
  return [
    { id: "vetting", heading: "Vetting", views: vettingViews(funnel) },
    { id: "matching", heading: "Matching and the 8-hour promise", views: shortlistViews(shortlist) },
    { id: "money", heading: "Money", views: moneyViews(money, range) },
    { id: "contracts", heading: "Contracts", views: [contractsView(contracts)] },
    { id: "skills", heading: "Where to recruit", views: [skillsView(skills)] },
  ];
}
