// Whether a contract's charges keep failing (the client's card was declined after every retry): new
// time entries wait until the client fixes the card. The saved-card room answers this for real once it
// lands; until then no contract is paused.

export async function isContractPausedForFailedCharges(_contractId: string): Promise<boolean> {
  return false;
}
