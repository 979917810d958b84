import type { Metadata } from "next";
import { ContractsPage } from "@/components/contracts/contracts-page";
import { PayoutMoney } from "@/components/payouts/payout-money";
import { PayoutSetup } from "@/components/payouts/payout-setup";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getPayoutEarnings } from "@/lib/dashboards/get-payout-earnings";
import { readPayoutsPage } from "@/lib/payments/payout-status";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payouts" };

export default async function PayoutsPage() {
  const user = await requirePageUser({ path: "/expert/payouts", roles: ["EXPERT"] });
  const [{ status, suggestedCountry }, earnings] = await Promise.all([readPayoutsPage({ user }), getPayoutEarnings({ user })]);
  return (
    <ContractsPage>
      <PageHeader
        title="Payouts"
        description="Clients can fund your milestones only once your payouts are enabled, so that the money can reach you when they approve your work."
      />
      <PayoutSetup initialStatus={status} suggestedCountry={suggestedCountry} />
      <PayoutMoney earnings={earnings} hasAccount={status.hasAccount} />
    </ContractsPage>
  );
}
