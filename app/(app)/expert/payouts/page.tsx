import type { Metadata } from "next";
import { ContractsPage } from "@/components/contracts/contracts-page";
import { PayoutSetup } from "@/components/payouts/payout-setup";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payouts" };

export default async function PayoutsPage() {
  await requirePageUser({ path: "/expert/payouts", roles: ["EXPERT"] });
  return (
    <ContractsPage>
      <PageHeader
        title="Payouts"
        description="Clients can fund your milestones only once your payouts are enabled, so that the money can reach you when they approve your work."
      />
      <PayoutSetup />
    </ContractsPage>
  );
}
