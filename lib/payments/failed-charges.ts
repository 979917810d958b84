// A contract whose charges to the saved card failed their last retry (Contract.chargesFailingSince):
// hourly time entry pauses until a charge goes through again (replacing the card retries at once).

export const isContractPausedForFailedCharges = (contract: { chargesFailingSince: Date | null }) => contract.chargesFailingSince !== null;

/** The days after the first decline on which a charge is retried (CHARGE_RETRY_DAYS); null after the last. */
export function nextRetryAt(options: { retryDays: readonly number[]; failures: number; firstFailureAt: Date; now: Date }): Date | null {
  const { retryDays, failures, firstFailureAt, now } = options;
  if (failures > retryDays.length) return null;
  const due = new Date(firstFailureAt.getTime() + retryDays[failures - 1] * 24 * 60 * 60 * 1000);
  return due.getTime() > now.getTime() ? due : now;
}
