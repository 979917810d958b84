import type { Metadata } from "next";
import { ContractList } from "@/components/contracts/contract-list";
import { ContractsPage } from "@/components/contracts/contracts-page";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listContractsQuerySchema } from "@/lib/contracts/api-schemas";
import { listContracts } from "@/lib/contracts/list-contracts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Contracts" };

const DESCRIPTION = {
  CLIENT: "Your company's proposals and contracts. Money you fund is held by Vetted until you approve the work.",
  EXPERT: "Proposals to answer and contracts you are working on. You are paid per approved milestone.",
  ADMIN: "Every contract on Vetted, newest first.",
} as const;

export default async function ContractsListPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const user = await requirePageUser({ path: "/contracts" });
  const query = listContractsQuerySchema.safeParse({ cursor: (await searchParams).cursor });
  const { contracts, nextCursor } = await listContracts({ user, query: query.success ? query.data : {} });
  return (
    <ContractsPage>
      <PageHeader title="Contracts" description={DESCRIPTION[user.role]} />
      <ContractList contracts={contracts} viewerRole={user.role} olderHref={nextCursor ? `/contracts?cursor=${encodeURIComponent(nextCursor)}` : null} />
    </ContractsPage>
  );
}
