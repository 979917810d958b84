import type { Metadata } from "next";
import { ClientDashboardView } from "@/components/dashboards/client/client-dashboard-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getClientDashboard } from "@/lib/dashboards/get-client-dashboard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Client dashboard" };

export default async function ClientDashboardPage() {
  const user = await requirePageUser({ path: "/client", roles: ["CLIENT"] });
  const dashboard = await getClientDashboard({ user });
  return <ClientDashboardView dashboard={dashboard} />;
}
