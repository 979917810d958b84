import type { Metadata } from "next";
import { AdminDashboardView } from "@/components/dashboards/admin/admin-dashboard-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getAdminDashboard } from "@/lib/dashboards/get-admin-dashboard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Admin dashboard" };

export default async function AdminDashboardPage() {
  const user = await requirePageUser({ path: "/admin", roles: ["ADMIN"] });
  const dashboard = await getAdminDashboard({ user });
  return <AdminDashboardView dashboard={dashboard} />;
}
