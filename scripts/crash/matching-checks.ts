import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { openInvitationsOutsideMatching } from "../../tests/support/open-invitations";
import type { RequestRun } from "./matching-crashes";

// What must hold after the matching phase, however often the app and the worker died: one match per
// expert and request, one invitation notice and email each, every timer job done exactly once (one
// row per timer, none failed), each request MATCHED or flagged as an SLA breach as its acceptances say,
// and no invitation left open on a request that stopped matching.

type Job = { kind: string; dedupeKey: string | null; doneAt: Date | null; failedAt: Date | null; attempts: number };

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce((counts, item) => counts.set(key(item), (counts.get(key(item)) ?? 0) + 1), new Map<string, number>());
const repeated = (counts: Map<string, number>) => [...counts].filter(([, count]) => count > 1).map(([key, count]) => `${key} ×${count}`);

/** Every matching job of the request and its invitations, and whether any is still waiting. */
export async function matchingJobsOf(requestId: string) {
  return db.$queryRaw<Job[]>(Prisma.sql`
    SELECT kind, "dedupeKey", "doneAt", "failedAt", attempts FROM jobs
    WHERE kind LIKE 'matching.%' AND (payload->>'requestId' = ${requestId} OR payload->>'matchId' IN (SELECT id FROM matches WHERE "requestId" = ${requestId}))`);
}

export async function isMatchingSettled(runs: RequestRun[]) {
  for (const run of runs) {
    const jobs = await matchingJobsOf(run.requestId);
    if (jobs.some((job) => !job.doneAt && !job.failedAt)) return false;
  }
  return true;
}

export async function checkMatching(runs: RequestRun[]) {
  const violations: string[] = [];
  const notes: string[] = [];
  const tally = {
    requests: runs.length,
    matchedEarly: 0,
    matchedAtDeadline: 0,
    breached: 0,
    invitations: 0,
    timerJobs: 0,
    rerunJobs: 0,
    answersLostToCrashes: 0,
  };
  const admins = await db.user.count({ where: { role: "ADMIN", suspendedAt: null } });
  for (const run of runs) {
    const problem = (text: string) => violations.push(`${run.title}: ${text}`);
    const matches = await db.match.findMany({
      where: { requestId: run.requestId },
      select: { id: true, status: true, respondedAt: true, expertProfile: { select: { userId: true } } },
    });
    tally.invitations += matches.length;
    tally.answersLostToCrashes += run.answersLostToCrashes;
    const userIds = new Set(matches.map((match) => match.expertProfile.userId));
    if (userIds.size !== matches.length) problem(`${matches.length} matches for ${userIds.size} experts`);

    const notices = await db.notification.findMany({ where: { kind: "invitation.received", title: `New invitation: ${run.title}` }, select: { userId: true } });
    const emails = await db.emailOutbox.findMany({ where: { subject: `New invitation: ${run.title}` }, select: { toEmail: true } });
    for (const duplicate of repeated(countBy(notices, (notice) => notice.userId))) problem(`invitation notice sent twice: ${duplicate}`);
    for (const duplicate of repeated(countBy(emails, (email) => email.toEmail))) problem(`invitation email sent twice: ${duplicate}`);
    if (notices.length !== matches.length || emails.length !== matches.length)
      problem(`${matches.length} invitations but ${notices.length} notices and ${emails.length} emails`);

    const jobs = await matchingJobsOf(run.requestId);
    tally.timerJobs += jobs.length;
    tally.rerunJobs += jobs.filter((job) => job.attempts > 1).length;
    for (const job of jobs) if (!job.doneAt || job.failedAt) problem(`${job.kind} ${job.dedupeKey ?? ""} is ${job.failedAt ? "failed" : "not done"}`);
    for (const kind of ["matching.deadline", "matching.at-risk"]) {
      const timers = jobs.filter((job) => job.kind === kind).length;
      if (timers !== 1) problem(`${timers} ${kind} jobs (one timer, one job)`);
    }
    const expiries = jobs.filter((job) => job.kind === "matching.expire-invitation").length;
    if (expiries !== matches.length) problem(`${expiries} expiry timers for ${matches.length} invitations`);

    for (const breach of await openInvitationsOutsideMatching([run.requestId])) problem(breach);

    const request = await db.hiringRequest.findUniqueOrThrow({
      where: { id: run.requestId },
      select: { status: true, slaBreached: true, shortlistedAt: true, matchDeadline: true },
    });
    const accepted = matches.filter((match) => match.status === "ACCEPTED" || match.status === "SHORTLISTED");
    const acceptedIds = new Set(accepted.map((match) => match.id));
    for (const id of run.confirmedAccepts) if (!acceptedIds.has(id)) problem(`the app confirmed acceptance ${id}, which is not stored`);
    for (const id of acceptedIds) if (!run.attemptedAccepts.has(id)) problem(`match ${id} is accepted though nobody accepted it`);
    const deadlineRanAt = jobs.find((job) => job.kind === "matching.deadline")?.doneAt ?? null;
    const breachNotices = await db.notification.count({ where: { kind: "sla.breached", title: { contains: `"${run.title}"` } } });
    if (request.slaBreached) {
      tally.breached++;
      const beforeDeadline = accepted.filter((match) => deadlineRanAt && match.respondedAt && match.respondedAt <= deadlineRanAt);
      if (beforeDeadline.length) problem(`flagged as an SLA breach with ${beforeDeadline.length} acceptances before the deadline ran`);
      if (breachNotices !== admins) problem(`${breachNotices} breach alerts for ${admins} admins`);
    } else {
      if (request.status !== "MATCHED") problem(`ended ${request.status} without an SLA breach`);
      if (!accepted.length) problem("MATCHED with no acceptance");
      if (accepted.some((match) => match.status !== "SHORTLISTED")) problem("accepted experts left off the shortlist");
      if (breachNotices) problem(`${breachNotices} breach alerts but no breach`);
      const shortlistNotices = await db.notification.count({ where: { kind: "request.shortlisted", title: `Your shortlist is ready: ${run.title}` } });
      if (shortlistNotices !== 1) problem(`${shortlistNotices} shortlist notices to the client`);
      const conversations = await db.conversation.count({ where: { requestId: run.requestId } });
      if (conversations !== accepted.length) problem(`${conversations} conversations for ${accepted.length} shortlisted experts`);
      const isAtDeadline = request.shortlistedAt && request.matchDeadline && request.shortlistedAt >= request.matchDeadline;
      if (isAtDeadline) tally.matchedAtDeadline++;
      else tally.matchedEarly++;
    }
    const atRiskNotices = await db.notification.count({ where: { kind: "sla.at-risk", title: { contains: `"${run.title}"` } } });
    if (atRiskNotices !== 0 && atRiskNotices !== admins) problem(`${atRiskNotices} at-risk alerts for ${admins} admins`);
    if (run.refusals.length) notes.push(`${run.title} (${run.scenario}): ${run.refusals.join("; ")}`);
    const expected = {
      "three accept": "matched early",
      "two decline, three accept": "matched early",
      "one accepts": "matched at the deadline",
      "nobody answers": "breached",
    }[run.scenario];
    const outcome = request.slaBreached
      ? "breached"
      : request.shortlistedAt && request.matchDeadline && request.shortlistedAt >= request.matchDeadline
        ? "matched at the deadline"
        : "matched early";
    if (outcome !== expected) notes.push(`${run.title} (${run.scenario}) ended ${outcome}, not ${expected}: crashes delayed it`);
  }
  return { violations, notes, tally };
}
