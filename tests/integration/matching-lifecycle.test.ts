import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimDueJobs } from "@/lib/jobs/queue";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { expireInvitation } from "@/lib/matching/expire-invitation";
import { respondToInvitation } from "@/lib/matching/respond-to-invitation";
import { submitRequest } from "@/lib/requests/submit-request";
import { JOB_HANDLERS } from "@/lib/worker/job-handlers";
import { createAdmin, createApprovedExperts, createClient, createDraftRequest, createSkill } from "../fixtures/matching";
import { openInvitationsOutsideMatching } from "../support/open-invitations";

// The whole 8-hour life of a request, driven by a fake clock. Times sit in the past so no other
// test's real-time jobs are ever due at these instants.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let clockBase = Date.parse("2025-01-06T09:00:00Z");
const requestIds: string[] = [];

async function setUp(expertCount: number) {
  clockBase += 24 * HOUR; // each test its own day
  const t0 = new Date(clockBase);
  const skill = await createSkill();
  const experts = await createApprovedExperts(skill.id, expertCount);
  const client = await createClient();
  const request = await createDraftRequest(client, skill.id);
  await submitRequest({ user: client, requestId: request.id, now: t0 });
  requestIds.push(request.id);
  return { t0, experts, client, requestId: request.id };
}

const at = (t0: Date, offsetMs: number) => new Date(t0.getTime() + offsetMs);
const runWorker = (now: Date, workerId = "worker-a") => runDueJobs({ workerId, now, handlers: JOB_HANDLERS });

async function matchesOf(requestId: string) {
  return db.match.findMany({
    where: { requestId },
    select: { id: true, status: true, rank: true, expiresAt: true, expertProfile: { select: { userId: true } } },
    orderBy: { rank: "asc" },
  });
}

async function answer(experts: Awaited<ReturnType<typeof createApprovedExperts>>, matchId: string, userId: string, decision: "ACCEPT" | "DECLINE", now: Date) {
  const user = experts.find((expert) => expert.id === userId);
  if (!user) throw new Error("unknown expert");
  const response = decision === "ACCEPT" ? { decision, confirmsAvailabilityAndRate: true as const } : { decision, reason: "Fully booked this month" };
  return respondToInvitation({ user, matchId, response, now });
}

async function requestState(requestId: string) {
  return db.hiringRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { status: true, slaBreached: true, atRiskAlertedAt: true, shortlistedAt: true, submittedAt: true, matchDeadline: true },
  });
}

describe("matching lifecycle", () => {
  afterEach(async () => {
    expect(await openInvitationsOutsideMatching(requestIds)).toEqual([]);
  });

  it("submitting starts an 8-hour clock and the first round invites the top 5", async () => {
    const { t0, requestId } = await setUp(8);
    const state = await requestState(requestId);
    expect(state.matchDeadline!.getTime() - state.submittedAt!.getTime()).toBe(8 * HOUR);
    await runWorker(t0);
    const matches = await matchesOf(requestId);
    expect(matches).toHaveLength(5);
    expect(matches.every((match) => match.status === "INVITED")).toBe(true);
    expect(matches.map((match) => match.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it("back-fills declines with the next best, and 3 acceptances deliver the shortlist", async () => {
    const { t0, experts, requestId } = await setUp(9);
    await runWorker(t0);
    const first = await matchesOf(requestId);
    await answer(experts, first[0].id, first[0].expertProfile.userId, "DECLINE", at(t0, 10 * MINUTE));
    await answer(experts, first[1].id, first[1].expertProfile.userId, "DECLINE", at(t0, 11 * MINUTE));
    await runWorker(at(t0, 12 * MINUTE));
    const afterBackfill = await matchesOf(requestId);
    expect(afterBackfill).toHaveLength(7);
    expect(afterBackfill.filter((match) => match.status === "INVITED")).toHaveLength(5);

    const invited = afterBackfill.filter((match) => match.status === "INVITED");
    for (const match of invited.slice(0, 3)) await answer(experts, match.id, match.expertProfile.userId, "ACCEPT", at(t0, 20 * MINUTE));
    const state = await requestState(requestId);
    expect(state.status).toBe("MATCHED");
    expect(state.shortlistedAt).toEqual(at(t0, 20 * MINUTE));
    expect((await matchesOf(requestId)).filter((match) => match.status === "SHORTLISTED")).toHaveLength(3);
    const clientNotice = await db.notification.count({ where: { kind: "request.shortlisted", link: `/client/requests/${requestId}` } });
    expect(clientNotice).toBe(1);

    // The two still deciding are closed with the delivery, told kindly, and can no longer accept.
    const left = invited.slice(3);
    const closed = (await matchesOf(requestId)).filter((match) => left.some((open) => open.id === match.id));
    expect(closed.map((match) => [match.status, match.expiresAt])).toEqual(left.map(() => ["EXPIRED", at(t0, 20 * MINUTE)]));
    const thanked = await db.notification.findMany({
      where: { kind: "invitation.closed", userId: { in: left.map((match) => match.expertProfile.userId) } },
      select: { userId: true, body: true },
    });
    expect(thanked.map((notice) => notice.userId).sort()).toEqual(left.map((match) => match.expertProfile.userId).sort());
    expect(thanked[0].body).toMatch(/^The client's shortlist is complete, so this invitation has closed/);
    await expect(answer(experts, left[0].id, left[0].expertProfile.userId, "ACCEPT", at(t0, 21 * MINUTE))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This invitation has closed: the client's shortlist is complete.",
    });
    expect(await openInvitationsOutsideMatching([requestId])).toEqual([]);
  });

  it("at the deadline the invitations still open close with the delivery, and their expiry timers later change nothing", async () => {
    const { t0, experts, requestId } = await setUp(8);
    await runWorker(t0);
    const [first] = await matchesOf(requestId);
    await answer(experts, first.id, first.expertProfile.userId, "ACCEPT", at(t0, 30 * MINUTE));
    await runWorker(at(t0, 7 * HOUR)); // the other four expire; the last three experts are invited until T+9 h
    const open = (await matchesOf(requestId)).filter((match) => match.status === "INVITED");
    expect(open.map((match) => match.expiresAt)).toEqual([at(t0, 9 * HOUR), at(t0, 9 * HOUR), at(t0, 9 * HOUR)]);

    await runWorker(at(t0, 8 * HOUR));
    expect((await requestState(requestId)).status).toBe("MATCHED");
    const afterDeadline = await matchesOf(requestId);
    expect(afterDeadline.filter((match) => open.some((invitation) => invitation.id === match.id)).map((match) => match.status)).toEqual([
      "EXPIRED",
      "EXPIRED",
      "EXPIRED",
    ]);
    expect(await db.notification.count({ where: { kind: "invitation.closed", userId: { in: open.map((match) => match.expertProfile.userId) } } })).toBe(3);
    expect(await openInvitationsOutsideMatching([requestId])).toEqual([]);

    expect(await expireInvitation({ matchId: open[0].id, now: at(t0, 9 * HOUR) })).toEqual({ expired: false });
    await runWorker(at(t0, 9 * HOUR));
    expect(await matchesOf(requestId)).toEqual(afterDeadline);
    const pendingRounds = await db.job.count({ where: { kind: "matching.invite-round", payload: { path: ["requestId"], equals: requestId }, doneAt: null } });
    expect(pendingRounds).toBe(0);
  });

  it("expired invitations are back-filled, and an expired invitation cannot be accepted", async () => {
    const { t0, experts, requestId } = await setUp(7);
    await runWorker(t0);
    const first = await matchesOf(requestId);
    await runWorker(at(t0, 2 * HOUR + MINUTE)); // every first-round invitation expires, two more get invited
    const after = await matchesOf(requestId);
    expect(after.filter((match) => match.status === "EXPIRED")).toHaveLength(5);
    expect(after.filter((match) => match.status === "INVITED")).toHaveLength(2);
    await expect(answer(experts, first[0].id, first[0].expertProfile.userId, "ACCEPT", at(t0, 2 * HOUR + 2 * MINUTE))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This invitation has expired.",
    });
  });

  it("at the deadline with one acceptance the shortlist goes out; admins were alerted at T−2 h", async () => {
    const { t0, experts, requestId } = await setUp(5);
    await runWorker(t0);
    const [first] = await matchesOf(requestId);
    await answer(experts, first.id, first.expertProfile.userId, "ACCEPT", at(t0, 30 * MINUTE));
    await runWorker(at(t0, 6 * HOUR));
    expect((await requestState(requestId)).atRiskAlertedAt).toEqual(at(t0, 6 * HOUR));
    expect((await requestState(requestId)).status).toBe("MATCHING");
    await runWorker(at(t0, 8 * HOUR));
    const state = await requestState(requestId);
    expect(state.status).toBe("MATCHED");
    expect(state.slaBreached).toBe(false);
  });

  it("at the deadline with no acceptance the request is flagged as an SLA breach and admins are alerted", async () => {
    const { t0, requestId } = await setUp(3);
    await createAdmin();
    await runWorker(t0);
    const alertsBefore = await db.notification.count({ where: { kind: "sla.breached" } });
    await runWorker(at(t0, 8 * HOUR));
    const state = await requestState(requestId);
    expect(state).toMatchObject({ status: "MATCHING", slaBreached: true });
    const admins = await db.user.count({ where: { role: "ADMIN", suspendedAt: null } });
    expect(admins).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { kind: "sla.breached" } })).toBe(alertsBefore + admins);
    await runWorker(at(t0, 9 * HOUR));
    expect(await db.notification.count({ where: { kind: "sla.breached" } })).toBe(alertsBefore + admins);
  });

  it("a worker killed after claiming a timer loses nothing: the lease expires and its effect happens once", async () => {
    const { t0, requestId } = await setUp(6);
    const claimed = await claimDueJobs({ workerId: "doomed-worker", now: t0, limit: 10, leaseMs: 60_000 });
    expect(claimed.length).toBeGreaterThan(0);
    // doomed-worker dies here without running or completing anything.
    expect(await runWorker(at(t0, 30_000), "worker-b")).toBe(0);
    await runWorker(at(t0, 61_000), "worker-b");
    expect(await matchesOf(requestId)).toHaveLength(5);
    await runWorker(at(t0, 62_000), "worker-b");
    expect(await matchesOf(requestId)).toHaveLength(5);
  });

  it("two workers running the same round at once never invite twice", async () => {
    const { t0, requestId } = await setUp(10);
    const { enqueueJobs } = await import("@/lib/jobs/queue");
    await db.$transaction((tx) =>
      enqueueJobs(tx, [
        { kind: "matching.invite-round", payload: { requestId }, runAt: t0 },
        { kind: "matching.invite-round", payload: { requestId }, runAt: t0 },
      ]),
    );
    await Promise.all([runWorker(t0, "worker-1"), runWorker(t0, "worker-2")]);
    const matches = await matchesOf(requestId);
    expect(matches).toHaveLength(5);
    expect(new Set(matches.map((match) => match.expertProfile.userId)).size).toBe(5);
  });

  it("an expert cannot answer another expert's invitation (404)", async () => {
    const { t0, experts, requestId } = await setUp(6);
    await runWorker(t0);
    const matches = await matchesOf(requestId);
    const outsider = experts.find((expert) => !matches.some((match) => match.expertProfile.userId === expert.id))!;
    await expect(
      respondToInvitation({ user: outsider, matchId: matches[0].id, response: { decision: "ACCEPT", confirmsAvailabilityAndRate: true }, now: t0 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
