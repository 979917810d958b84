import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ContractDetailView, type PaymentReturn } from "@/components/contracts/contract-detail-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { getContract } from "@/lib/contracts/get-contract";
import { isAppError } from "@/lib/errors";
import { getTimesheet } from "@/lib/timesheets/get-timesheet";

export const dynamic = "force-dynamic";

type ContractPageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ funded?: string; cancelled?: string }> };

// Shared by generateMetadata and the page within one request.
const loadContract = cache(async (id: string) => {
  const user = await requirePageUser({ path: `/contracts/${encodeURIComponent(id)}` });
  return getContract({ user, contractId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
});

export async function generateMetadata({ params }: ContractPageProps): Promise<Metadata> {
  return { title: `${(await loadContract((await params).id)).title} · Contracts` };
}

export default async function ContractPage({ params, searchParams }: ContractPageProps) {
  const contract = await loadContract((await params).id);
  const { funded, cancelled } = await searchParams;
  const paymentReturn: PaymentReturn = funded
    ? { outcome: "funded", milestoneId: funded }
    : cancelled
      ? { outcome: "cancelled", milestoneId: cancelled }
      : null;
  const timesheet =
    contract.billing === "HOURLY" && contract.status !== "PROPOSED"
      ? await getTimesheet({ user: await requirePageUser({ path: `/contracts/${encodeURIComponent(contract.id)}` }), contractId: contract.id, now: now() })
      : null;
  return <ContractDetailView contract={contract} paymentReturn={paymentReturn} timesheet={timesheet} />;
}
