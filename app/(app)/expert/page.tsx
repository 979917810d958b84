import type { Metadata } from "next";
import { ExpertDashboardView } from "@/components/dashboards/expert/expert-dashboard-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getExpertDashboard } from "@/lib/dashboards/get-expert-dashboard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Expert dashboard" };

export default async function ExpertDashboardPage() {
  const user = await requirePageUser({ path: "/expert", roles: ["EXPERT"] });
  const dashboard = await getExpertDashboard({ user });
  return <ExpertDashboardView dashboard={dashboard} />;
}
