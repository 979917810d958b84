import type { Transaction } from "@/lib/db";
import { enqueueJobs } from "@/lib/jobs/queue";
import type { MatchingConfig } from "./config";

/** The three timers of a request's matching window, created with the submission itself. */
export async function scheduleMatching(tx: Transaction, request: { id: string; matchDeadline: Date }, now: Date, config: MatchingConfig) {
  const atRisk = new Date(Math.max(now.getTime(), request.matchDeadline.getTime() - config.atRiskLeadMs));
  await enqueueJobs(tx, [
    { kind: "matching.invite-round", payload: { requestId: request.id }, runAt: now },
    { kind: "matching.at-risk", payload: { requestId: request.id }, runAt: atRisk, dedupeKey: `at-risk:${request.id}` },
    { kind: "matching.deadline", payload: { requestId: request.id }, runAt: request.matchDeadline, dedupeKey: `deadline:${request.id}` },
  ]);
}

/** A back-fill round after a decline or an expiry; runs as soon as a worker is free. */
export async function scheduleInviteRound(tx: Transaction, requestId: string, now: Date) {
  await enqueueJobs(tx, [{ kind: "matching.invite-round", payload: { requestId }, runAt: now }]);
}
