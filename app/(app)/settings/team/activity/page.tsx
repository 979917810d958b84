import type { Metadata } from "next";
import { CompanyActivity } from "@/components/teams/company-activity";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listCompanyActivity } from "@/lib/team-members/list-activity";

export const metadata: Metadata = { title: "Company activity" };
export const dynamic = "force-dynamic";

export default async function CompanyActivityPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageUser({ path: "/settings/team/activity", roles: ["CLIENT"], ability: "viewActivity" });
  const page = Math.min(Math.max(Number.parseInt((await searchParams).page ?? "1", 10) || 1, 1), 1000);
  return <CompanyActivity activity={await listCompanyActivity({ user, page })} />;
}
