import type { Transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";

// A milestone's revision timeline: one row per hand-in (round 1, 2, …) with the client's change
// request on it. Written in the transaction of the guarded milestone transition that it records,
// while that transition's row lock on the milestone keeps other writers of the timeline waiting.

type Submission = { milestoneId: string; note: string; links: string[]; submittedById: string; submittedAt: Date };
type ChangeRequest = { milestoneId: string; note: string; requestedById: string; requestedAt: Date };

/** The next round: one after the latest, whatever rounds came before it. Returns the new round's id, which its files attach to. */
export async function recordSubmission(tx: Transaction, submission: Submission) {
  const { _max: latest } = await tx.milestoneSubmission.aggregate({ where: { milestoneId: submission.milestoneId }, _max: { round: true } });
  return tx.milestoneSubmission.create({ data: { ...submission, round: (latest.round ?? 0) + 1 }, select: { id: true } });
}

/** The change request answers the latest round, and only while that round is still unanswered. */
export async function recordChangeRequest(tx: Transaction, request: ChangeRequest) {
  const latest = await tx.milestoneSubmission.findFirst({
    where: { milestoneId: request.milestoneId },
    orderBy: { round: "desc" },
    select: { id: true },
  });
  const { count } = latest
    ? await tx.milestoneSubmission.updateMany({
        where: { id: latest.id, changesRequestedAt: null },
        data: { changesRequestedNote: request.note, changesRequestedById: request.requestedById, changesRequestedAt: request.requestedAt },
      })
    : { count: 0 };
  if (!count) throw conflict("This milestone's latest submission has already been answered. Reload and try again.");
}
