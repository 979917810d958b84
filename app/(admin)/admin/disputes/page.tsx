import type { Metadata } from "next";
import { DisputesView } from "@/components/disputes/disputes-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listDisputes } from "@/lib/milestones/list-disputes";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Disputes" };

export default async function DisputesPage() {
  const user = await requirePageUser({ path: "/admin/disputes", roles: ["ADMIN"] });
  return <DisputesView disputes={await listDisputes({ user })} />;
}
