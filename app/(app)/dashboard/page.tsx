import { redirect } from "next/navigation";
import { dashboardPathFor, requirePageUser } from "@/lib/auth/page-guard";

export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const user = await requirePageUser({ path: "/dashboard" });
  redirect(dashboardPathFor(user.role));
}
