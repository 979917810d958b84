import type { SessionUser } from "@/lib/auth/session";
import { agreeEndRefundBySilence, answerEndRefund } from "@/lib/contract-endings/answer-end-refund";
import { endContract } from "@/lib/contract-endings/end-contract";
import { END_REASONS } from "@/lib/contract-endings/reasons";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { ChaosContract } from "./chaos-contract";

// Contracts ended early in `npm run chaos:payments`: either side, any reason, often twice at once (a
// double click); clients mostly in the trial as not the right fit, so the platform pays for submitted
// work. Then the expert's answers to refund requests, and consent deadlines passing while the worker dies.

const DAY_MS = 86_400_000;
const isRefusal = (reason: unknown) => isAppError(reason) && ["CONFLICT", "NOT_FOUND", "VALIDATION_FAILED", "UNAVAILABLE"].includes(reason.code);

const isPaymentLanding = (reason: unknown) => isAppError(reason) && /just paid|in progress/.test(reason.message);

/** As a person would: a payment that was landing at that moment (a 409) is waited for, then the end tried again. */
export async function endTwice(contract: ChaosContract, random: () => number) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await endTwiceOnce(contract, random);
    } catch (error) {
      if (!isPaymentLanding(error) || attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  }
}

/** Two ends at once from the two sides: at most one may end the contract. */
async function endTwiceOnce(contract: ChaosContract, random: () => number) {
  const clientReason = random() < 0.7 ? "NOT_A_FIT" : END_REASONS[Math.floor(random() * (END_REASONS.length - 1))];
  const attempts: [SessionUser, (typeof END_REASONS)[number]][] = [
    [contract.client, clientReason],
    [random() < 0.5 ? contract.client : contract.expert, "NO_LONGER_NEEDED"],
  ];
  const results = await Promise.allSettled(
    attempts.map(([user, reason]) => endContract({ user, contractId: contract.contractId, input: { reason, note: "" }, now: new Date() })),
  );
  const failures = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  const unexpected = failures.find((reason) => !isRefusal(reason));
  if (unexpected) throw unexpected;
  if (failures.length === 0) throw new Error(`both concurrent ends of ${contract.contractId} succeeded`);
  if (failures.length === 2) throw failures[0];
}

/** The expert agrees or disputes; or nobody answers and the deadline passes (the timer, run early). */
export async function answerOrLetLapse(contract: ChaosContract, milestoneId: string, random: () => number) {
  const roll = random();
  if (roll < 0.4) return answerEndRefund({ user: contract.expert, milestoneId, input: { decision: "AGREE" }, now: new Date() });
  if (roll < 0.6) {
    return answerEndRefund({
      user: contract.expert,
      milestoneId,
      input: { decision: "DISPUTE", reason: "I delivered this work in our conversation before the end." },
      now: new Date(),
    });
  }
  const later = new Date(Date.now() + 4 * DAY_MS);
  await Promise.all([agreeEndRefundBySilence({ milestoneId, now: later }), agreeEndRefundBySilence({ milestoneId, now: later })]);
}

export const hasOpenEndRefund = async (milestoneId: string) => (await db.endRefundRequest.count({ where: { milestoneId, status: "REQUESTED" } })) > 0;
