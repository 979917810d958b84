import type { Transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";

/** Cancelling lets go of the match, freeing its one-contract-per-match slot: the client may propose to the same expert again. */
export const CANCELLED_PROPOSAL = (now: Date) => ({ status: "CANCELLED" as const, cancelledAt: now, matchId: null });

/**
 * PROPOSED → CANCELLED in the caller's transaction; a proposal answered meanwhile is a 409. A direct
 * hire's request (hire-again.ts) existed only for this proposal: it closes with it, its match PASSED.
 */
export async function cancelProposal(tx: Transaction, contractId: string, now: Date, action: string) {
  const { count } = await tx.contract.updateMany({ where: { id: contractId, status: "PROPOSED" }, data: CANCELLED_PROPOSAL(now) });
  if (!count) await throwProposalConflict(tx, contractId, action);
  const { requestId } = await tx.contract.findUniqueOrThrow({ where: { id: contractId }, select: { requestId: true } });
  const closed = await tx.hiringRequest.updateMany({
    where: { id: requestId, origin: "DIRECT_HIRE", status: "MATCHED" },
    data: { status: "CLOSED", closedAt: now },
  });
  if (closed.count) await tx.match.updateMany({ where: { requestId, status: "SHORTLISTED" }, data: { status: "PASSED" } });
}

export async function throwProposalConflict(tx: Transaction, contractId: string, action: string): Promise<never> {
  const { status } = await tx.contract.findUniqueOrThrow({ where: { id: contractId }, select: { status: true } });
  throw conflict(`This proposal ${status === "CANCELLED" ? "is no longer open" : "was already accepted"}, so you cannot ${action} it.`);
}
