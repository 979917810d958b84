import type { Metadata } from "next";
import { FailedChargesView } from "@/components/admin/failed-charges-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listFailedCharges } from "@/lib/payments/list-failed-charges";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Failed charges" };

export default async function FailedChargesPage() {
  const user = await requirePageUser({ path: "/admin/failed-charges", roles: ["ADMIN"] });
  return <FailedChargesView charges={await listFailedCharges({ user })} />;
}
