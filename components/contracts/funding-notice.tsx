"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import type { MilestoneKind, MilestoneStatus } from "@/generated/prisma/enums";

const REFRESH_MS = 2_000;
const GIVE_UP_MS = 30_000;

type FundingNoticeProps = {
  /** From `?funded=` (back from a paid payment page) or `?cancelled=` (back from an abandoned one). */
  outcome: "funded" | "cancelled";
  milestone: { title: string; kind: MilestoneKind; status: MilestoneStatus; fundingFailureReason: string | null };
};

/**
 * Stripe's webhook, not the redirect, says whether money moved: until it arrives the page reloads its
 * data every 2 s (for at most 30 s) and says what it is waiting for.
 */
export function FundingNotice({ outcome, milestone }: FundingNoticeProps) {
  const router = useRouter();
  const [hasGivenUp, setGivenUp] = useState(false);
  // Stripe sends people to the success page only after a payment went through, so a failure reason seen
  // then is from an earlier declined card on the same page: keep waiting for the success to be confirmed.
  const isWaiting = outcome === "funded" && (milestone.status === "FUNDING" || milestone.status === "PENDING");
  const isFailed = !isWaiting && milestone.status === "PENDING" && milestone.fundingFailureReason !== null;

  useEffect(() => {
    if (!isWaiting) return;
    const startedAt = Date.now();
    const timer = window.setInterval(() => {
      if (Date.now() - startedAt >= GIVE_UP_MS) {
        window.clearInterval(timer);
        setGivenUp(true);
        return;
      }
      router.refresh();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [isWaiting, router]);

  if (outcome === "cancelled" && !isFailed) {
    return (
      <Alert tone="info" role="status">
        Payment cancelled: nothing was charged for “{milestone.title}”. Fund it whenever you are ready.
      </Alert>
    );
  }
  if (isFailed) {
    return (
      <Alert tone="danger" role="alert" title={`The payment for “${milestone.title}” did not go through`}>
        {milestone.fundingFailureReason} Nothing was charged; you can try again.
      </Alert>
    );
  }
  if (isWaiting) {
    return (
      <Alert tone="info" role="status" title="Payment received — confirming with Stripe…">
        {hasGivenUp
          ? "This is taking longer than usual. The milestone shows as funded as soon as Stripe confirms; reload the page in a minute."
          : `“${milestone.title}” shows as funded as soon as Stripe confirms the payment, usually within seconds.`}
      </Alert>
    );
  }
  if (milestone.kind === "BONUS") {
    return (
      <Alert tone="success" role="status">
        Your bonus is paid and on its way to the expert.
      </Alert>
    );
  }
  return (
    <Alert tone="success" role="status">
      “{milestone.title}” is funded. The money is held by Vetted until you approve the work.
    </Alert>
  );
}
