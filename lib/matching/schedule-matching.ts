import type { Transaction } from "@/lib/db";
import { enqueueJobs } from "@/lib/jobs/queue";
import type { MatchingConfig } from "./config";

/** The three timers of a request's matching window, created with the submission itself. */
/** A replacement round passes its own `window` (e.g. `replacement:<contractId>`): its timers are new jobs, not the first window's. */
export async function scheduleMatching(tx: Transaction, request: { id: string; matchDeadline: Date; window?: string }, now: Date, config: MatchingConfig) {
  const atRisk = new Date(Math.max(now.getTime(), request.matchDeadline.getTime() - config.atRiskLeadMs));
  const key = request.window ? `${request.id}:${request.window}` : request.id;
  await enqueueJobs(tx, [
    { kind: "matching.invite-round", payload: { requestId: request.id }, runAt: now },
    { kind: "matching.at-risk", payload: { requestId: request.id }, runAt: atRisk, dedupeKey: `at-risk:${key}` },
    { kind: "matching.deadline", payload: { requestId: request.id }, runAt: request.matchDeadline, dedupeKey: `deadline:${key}` },
  ]);
}

/** A back-fill round after a decline or an expiry; runs as soon as a worker is free. */
export async function scheduleInviteRound(tx: Transaction, requestId: string, now: Date) {
  await enqueueJobs(tx, [{ kind: "matching.invite-round", payload: { requestId }, runAt: now }]);
}
