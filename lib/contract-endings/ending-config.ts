import { env } from "@/lib/env";

const DAY_MS = 86_400_000;

/** The ending knobs (TRIAL_DAYS lives with the contract: lib/contracts/open-for-work.ts). */
export function endingConfig() {
  const { END_REFUND_CONSENT_DAYS, TRIAL_PAYOUT_CAP_CENTS } = env();
  return { consentDays: END_REFUND_CONSENT_DAYS, consentWindowMs: END_REFUND_CONSENT_DAYS * DAY_MS, trialPayoutCapCents: TRIAL_PAYOUT_CAP_CENTS };
}

/** The platform pays for submitted trial work up to the cap, never more than was submitted. */
export const trialPayoutCents = (submittedCents: number, capCents: number) => Math.max(0, Math.min(submittedCents, capCents));
