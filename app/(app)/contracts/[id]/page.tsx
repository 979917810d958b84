import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ContractDetailView, type PaymentReturn } from "@/components/contracts/contract-detail-view";
import { listAmendments } from "@/lib/amendments/list-amendments";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { getContract } from "@/lib/contracts/get-contract";
import { getContractCase } from "@/lib/disputes/get-case";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { AUTO_RELEASE_AFTER_MS } from "@/lib/milestones/auto-release";
import { saveStateFor } from "@/lib/saved-experts/saved-experts";
import { can } from "@/lib/teams/permissions";
import { getTimesheet } from "@/lib/timesheets/get-timesheet";

const DAY_MS = 86_400_000;

export const dynamic = "force-dynamic";

type ContractPageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ funded?: string; cancelled?: string }> };

// Shared by generateMetadata and the page within one request.
const loadContract = cache(async (id: string) => {
  const user = await requirePageUser({ path: `/contracts/${encodeURIComponent(id)}` });
  const contract = await getContract({ user, contractId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const amendments = contract.status === "PROPOSED" ? null : await listAmendments({ user, contractId: id });
  return { contract, amendments };
});

export async function generateMetadata({ params }: ContractPageProps): Promise<Metadata> {
  return { title: `${(await loadContract((await params).id)).contract.title} · Contracts` };
}

export default async function ContractPage({ params, searchParams }: ContractPageProps) {
  const { contract, amendments } = await loadContract((await params).id);
  const { funded, cancelled } = await searchParams;
  const paymentReturn: PaymentReturn = funded
    ? { outcome: "funded", milestoneId: funded }
    : cancelled
      ? { outcome: "cancelled", milestoneId: cancelled }
      : null;
  const user = await requirePageUser({ path: `/contracts/${encodeURIComponent(contract.id)}` });
  const rehire = {
    save: await saveStateFor(user, contract.parties.expert.profileId),
    canHireAgain: can(user, "manageContracts") && contract.acceptedAt !== null,
  };
  const disputeCase = contract.status === "PROPOSED" ? null : await getContractCase({ user, contractId: contract.id });
  const timesheet = contract.billing === "HOURLY" && contract.status !== "PROPOSED" ? await getTimesheet({ user, contractId: contract.id, now: now() }) : null;
  return (
    <ContractDetailView
      contract={contract}
      paymentReturn={paymentReturn}
      amendments={amendments}
      maxBonusCents={env().BONUS_MAX_CENTS}
      rehire={rehire}
      timesheet={timesheet}
      dispute={{ case: disputeCase, now: now(), responseDays: env().DISPUTE_RESPONSE_DAYS }}
      standingTerms={{
        trialDays: env().TRIAL_DAYS,
        trialPayoutCapCents: env().TRIAL_PAYOUT_CAP_CENTS,
        hourlyReviewDays: env().HOURLY_REVIEW_DAYS,
        autoReleaseDays: AUTO_RELEASE_AFTER_MS / DAY_MS,
      }}
    />
  );
}
