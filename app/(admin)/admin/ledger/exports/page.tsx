import type { Metadata } from "next";
import { LedgerExportsView } from "@/components/admin/ledger-exports-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listLedgerExports } from "@/lib/ledger-exports/list-exports";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ledger exports" };

export default async function LedgerExportsPage() {
  const user = await requirePageUser({ path: "/admin/ledger/exports", roles: ["ADMIN"] });
  const exports = await listLedgerExports({ user });
  return (
    <LedgerExportsView exports={exports.map((item) => ({ ...item, createdAt: item.createdAt.toISOString(), readyAt: item.readyAt?.toISOString() ?? null }))} />
  );
}
