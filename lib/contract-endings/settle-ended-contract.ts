import { errorForLog } from "@/lib/log-error";
import { logger } from "@/lib/logger";
import { settleMilestone } from "@/lib/payments/settle-milestone";
import { settleTrialPayout } from "@/lib/payments/settle-trial-payout";

const leftToJob = (what: string, ids: Record<string, string>) => (error: unknown) =>
  void logger.warn({ ...ids, err: errorForLog(error) }, `${what} left to its settle job`);

/**
 * Moves the money an ending decided, right after it committed: the trial payout first (it is paid from
 * the platform's balance, which the refunds then draw down), then each refund. A failure here changes
 * nothing decided: the settle jobs written with the decision retry until Stripe has confirmed.
 */
export async function settleEndedContract(contractId: string, refundedMilestoneIds: string[]) {
  await settleTrialPayout(contractId).catch(leftToJob("trial payout", { contractId }));
  for (const milestoneId of refundedMilestoneIds) {
    await settleMilestone(milestoneId).catch(leftToJob("refund", { milestoneId }));
  }
}
