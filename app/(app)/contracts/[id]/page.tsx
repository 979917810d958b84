import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ContractDetailView, type PaymentReturn } from "@/components/contracts/contract-detail-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { loadContractPage } from "@/lib/contract-page/load-contract-page";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { AUTO_RELEASE_AFTER_MS } from "@/lib/milestones/auto-release";

const DAY_MS = 86_400_000;

export const dynamic = "force-dynamic";

type ContractPageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ funded?: string; cancelled?: string }> };

// Shared by generateMetadata and the page within one request.
const loadPage = cache(async (id: string) => {
  const user = await requirePageUser({ path: `/contracts/${encodeURIComponent(id)}` });
  const loadedAt = now();
  const page = await loadContractPage({ user, contractId: id, now: loadedAt }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return { ...page, loadedAt };
});

export async function generateMetadata({ params }: ContractPageProps): Promise<Metadata> {
  return { title: `${(await loadPage((await params).id)).contract.title} · Contracts` };
}

export default async function ContractPage({ params, searchParams }: ContractPageProps) {
  const [{ contract, amendments, rehire, disputeCase, timesheet, loadedAt }, { funded, cancelled }] = await Promise.all([
    params.then(({ id }) => loadPage(id)),
    searchParams,
  ]);
  const paymentReturn: PaymentReturn = funded
    ? { outcome: "funded", milestoneId: funded }
    : cancelled
      ? { outcome: "cancelled", milestoneId: cancelled }
      : null;
  return (
    <ContractDetailView
      contract={contract}
      paymentReturn={paymentReturn}
      amendments={amendments}
      maxBonusCents={env().BONUS_MAX_CENTS}
      rehire={rehire}
      timesheet={timesheet}
      dispute={{ case: disputeCase, now: loadedAt, responseDays: env().DISPUTE_RESPONSE_DAYS }}
      standingTerms={{
        trialDays: env().TRIAL_DAYS,
        trialPayoutCapCents: env().TRIAL_PAYOUT_CAP_CENTS,
        hourlyReviewDays: env().HOURLY_REVIEW_DAYS,
        autoReleaseDays: AUTO_RELEASE_AFTER_MS / DAY_MS,
      }}
    />
  );
}
