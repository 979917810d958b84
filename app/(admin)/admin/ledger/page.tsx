import type { Metadata } from "next";
import { LedgerView } from "@/components/admin/ledger-view";
import { getLedgerOverview } from "@/lib/admin/get-ledger-overview";
import { ledgerQuerySchema, queryFromSearchParams } from "@/lib/admin/schemas";
import { requirePageUser } from "@/lib/auth/page-guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ledger" };

type LedgerPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LedgerPage({ searchParams }: LedgerPageProps) {
  const user = await requirePageUser({ path: "/admin/ledger", roles: ["ADMIN"] });
  const query = ledgerQuerySchema.safeParse(queryFromSearchParams(await searchParams));
  return (
    <LedgerView ledger={await getLedgerOverview({ user, query: query.success ? query.data : ledgerQuerySchema.parse({}) })} isFilterInvalid={!query.success} />
  );
}
