import type { Metadata } from "next";
import { InsightsView } from "@/components/insights/insights-view";
import { queryFromSearchParams } from "@/lib/admin/schemas";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { loadAdminInsights } from "@/lib/insights/admin-insights";
import { readInsightsRange } from "@/lib/insights/range";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Insights" };

type InsightsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InsightsPage({ searchParams }: InsightsPageProps) {
  const user = await requirePageUser({ path: "/admin/insights", roles: ["ADMIN"] });
  const at = now();
  const { range, error } = readInsightsRange(queryFromSearchParams(await searchParams), at);
  const sections = await loadAdminInsights({ user, range, now: at });
  return <InsightsView sections={sections} range={{ from: range.from, to: range.to }} error={error} />;
}
