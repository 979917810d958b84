import type { SessionUser } from "@/lib/sessions/session-user";
import { assertAdmin } from "@/lib/payments/access";
import { measureActiveContracts } from "./active-contracts";
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
