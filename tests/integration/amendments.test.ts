import { describe, expect, it } from "vitest";
import { acceptAmendment } from "@/lib/amendments/accept-amendment";
import { answerAmendment } from "@/lib/amendments/answer-amendment";
import { applyHourlyTerms } from "@/lib/amendments/apply-hourly-terms";
import { listAmendments } from "@/lib/amendments/list-amendments";
import { proposeAmendment } from "@/lib/amendments/propose-amendment";
import { type ProposeAmendmentInput, proposeAmendmentSchema } from "@/lib/amendments/schemas";
import { nextWeekStart, termsForWeek } from "@/lib/amendments/terms-for-week";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createActiveContract, setMilestoneStatus } from "../fixtures/contracts";
import { createAdmin } from "../fixtures/matching";
import { addColleague } from "../fixtures/teams";

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );
const input = (raw: Record<string, unknown>): ProposeAmendmentInput => proposeAmendmentSchema.parse(raw);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const contractOf = (id: string) =>
  db.contract.findUniqueOrThrow({ where: { id }, select: { totalCents: true, status: true, hourlyRateCents: true, weeklyCapMinutes: true } });
const fixedSum = async (contractId: string) =>
  (await db.milestone.aggregate({ where: { contractId, kind: "FIXED" }, _sum: { amountCents: true } }))._sum.amountCents;

async function makeHourly(contractId: string) {
  await db.contract.update({
    where: { id: contractId },
    data: { billing: "HOURLY", hourlyRateCents: 8_000, weeklyCapMinutes: 20 * 60, weekTimeZone: "America/New_York" },
  });
}

describe("adding a milestone", () => {
  it("changes nothing until the other side accepts, then adds it and keeps the total equal to the milestones' sum", async () => {
    const fixture = await createActiveContract({ milestones: [50_000] });
    const now = new Date();
    const proposed = await proposeAmendment({
      user: fixture.client,
      contractId: fixture.contractId,
      input: input({ kind: "ADD_MILESTONE", title: "Phase two", description: "The admin screens", amountCents: 30_000, dueDate: inDays(20) }),
      now,
    });
    expect(proposed.status).toBe("PROPOSED");
    expect(await db.milestone.count({ where: { contractId: fixture.contractId } })).toBe(1);
    expect((await contractOf(fixture.contractId)).totalCents).toBe(50_000);
    expect(await db.notification.count({ where: { userId: fixture.expert.id, kind: "amendment.proposed" } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { toEmail: fixture.expert.email, subject: { startsWith: "Change proposed" } } })).toBe(1);

    // The proposer cannot accept their own proposal.
    expect(codeOf(await failure(acceptAmendment({ user: fixture.client, contractId: fixture.contractId, amendmentId: proposed.id, now })))).toBe("CONFLICT");
    const accepted = await acceptAmendment({ user: fixture.expert, contractId: fixture.contractId, amendmentId: proposed.id, now });
    const added = await db.milestone.findUniqueOrThrow({
      where: { id: accepted.milestoneId! },
      select: { title: true, amountCents: true, status: true, kind: true },
    });
    expect(added).toEqual({ title: "Phase two", amountCents: 30_000, status: "PENDING", kind: "FIXED" });
    expect((await contractOf(fixture.contractId)).totalCents).toBe(80_000);
    expect(await fixedSum(fixture.contractId)).toBe(80_000);
    expect(await db.notification.count({ where: { userId: fixture.client.id, kind: "amendment.accepted" } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: fixture.contractId, action: { in: ["amendment.proposed", "amendment.accepted"] } } })).toBe(2);
  });

  it("accepted twice at once applies once", async () => {
    const fixture = await createActiveContract({ milestones: [50_000] });
    const { id } = await proposeAmendment({
      user: fixture.expert,
      contractId: fixture.contractId,
      input: input({ kind: "ADD_MILESTONE", title: "Extra QA", amountCents: 12_000, dueDate: inDays(10) }),
      now: new Date(),
    });
    const results = await Promise.allSettled(
      [1, 2].map(() => acceptAmendment({ user: fixture.client, contractId: fixture.contractId, amendmentId: id, now: new Date() })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(codeOf(rejected?.status === "rejected" ? rejected.reason : null)).toBe("CONFLICT");
    expect(await db.milestone.count({ where: { contractId: fixture.contractId } })).toBe(2);
    expect((await contractOf(fixture.contractId)).totalCents).toBe(62_000);
  });
});

describe("changing an unfunded milestone", () => {
  it("applies amount, description and due date on acceptance and keeps before and after in the history", async () => {
    const fixture = await createActiveContract({ milestones: [50_000, 20_000] });
    const [first] = fixture.milestoneIds;
    const due = inDays(30);
    const { id } = await proposeAmendment({
      user: fixture.expert,
      contractId: fixture.contractId,
      input: input({ kind: "CHANGE_MILESTONE", milestoneId: first, amountCents: 65_000, description: "Includes the API", dueDate: due, note: "Scope grew" }),
      now: new Date(),
    });
    // One open proposal per milestone.
    const second = await failure(
      proposeAmendment({
        user: fixture.client,
        contractId: fixture.contractId,
        input: input({ kind: "CHANGE_MILESTONE", milestoneId: first, amountCents: 40_000 }),
        now: new Date(),
      }),
    );
    expect(codeOf(second)).toBe("CONFLICT");
    expect(second?.message).toContain("already proposed");
    await acceptAmendment({ user: fixture.client, contractId: fixture.contractId, amendmentId: id, now: new Date() });
    const milestone = await db.milestone.findUniqueOrThrow({ where: { id: first }, select: { amountCents: true, description: true, dueDate: true } });
    expect(milestone).toEqual({ amountCents: 65_000, description: "Includes the API", dueDate: new Date(due) });
    expect((await contractOf(fixture.contractId)).totalCents).toBe(85_000);
    const { amendments } = await listAmendments({ user: fixture.client, contractId: fixture.contractId });
    expect(amendments[0]).toMatchObject({ id, status: "ACCEPTED", before: { amountCents: 50_000 }, after: { amountCents: 65_000 }, note: "Scope grew" });
    // A new proposal for the milestone is possible once the last one is answered.
    await proposeAmendment({
      user: fixture.client,
      contractId: fixture.contractId,
      input: input({ kind: "CHANGE_MILESTONE", milestoneId: first, amountCents: 60_000 }),
      now: new Date(),
    });
  });

  it("a milestone funded after the proposal: accepting is a 409 and the proposal is superseded", async () => {
    const fixture = await createActiveContract({ milestones: [50_000] });
    const [first] = fixture.milestoneIds;
    const { id } = await proposeAmendment({
      user: fixture.client,
      contractId: fixture.contractId,
      input: input({ kind: "CHANGE_MILESTONE", milestoneId: first, amountCents: 45_000 }),
      now: new Date(),
    });
    await setMilestoneStatus(first, "FUNDED");
    const error = await failure(acceptAmendment({ user: fixture.expert, contractId: fixture.contractId, amendmentId: id, now: new Date() }));
    expect(codeOf(error)).toBe("CONFLICT");
    expect(error?.message).toBe("This milestone was funded after the change was proposed; propose it again.");
    expect((await db.contractAmendment.findUniqueOrThrow({ where: { id }, select: { status: true, openSlot: true } })).status).toBe("SUPERSEDED");
    expect(await db.notification.count({ where: { userId: fixture.client.id, kind: "amendment.superseded" } })).toBe(1);
    expect((await db.milestone.findUniqueOrThrow({ where: { id: first }, select: { amountCents: true } })).amountCents).toBe(50_000);
  });

  it("refuses a funded milestone and a change that changes nothing", async () => {
    const fixture = await createActiveContract({ milestones: [50_000, 30_000] });
    await setMilestoneStatus(fixture.milestoneIds[1], "FUNDED");
    const funded = await failure(
      proposeAmendment({
        user: fixture.client,
        contractId: fixture.contractId,
        input: input({ kind: "CHANGE_MILESTONE", milestoneId: fixture.milestoneIds[1], amountCents: 20_000 }),
        now: new Date(),
      }),
    );
    expect(codeOf(funded)).toBe("CONFLICT");
    const same = await failure(
      proposeAmendment({
        user: fixture.client,
        contractId: fixture.contractId,
        input: input({ kind: "CHANGE_MILESTONE", milestoneId: fixture.milestoneIds[0], amountCents: 50_000 }),
        now: new Date(),
      }),
    );
    expect(codeOf(same)).toBe("BAD_REQUEST");
    expect(await db.contractAmendment.count({ where: { contractId: fixture.contractId } })).toBe(0);
  });
});

describe("declining and withdrawing", () => {
  it("the other side declines, the proposer withdraws; neither changes the terms", async () => {
    const fixture = await createActiveContract({ milestones: [50_000] });
    const add = input({ kind: "ADD_MILESTONE", title: "Docs", amountCents: 15_000, dueDate: inDays(5) });
    const first = await proposeAmendment({ user: fixture.client, contractId: fixture.contractId, input: add, now: new Date() });
    expect(
      codeOf(
        await failure(answerAmendment({ user: fixture.client, contractId: fixture.contractId, amendmentId: first.id, answer: "decline", now: new Date() })),
      ),
    ).toBe("CONFLICT");
    expect(await answerAmendment({ user: fixture.expert, contractId: fixture.contractId, amendmentId: first.id, answer: "decline", now: new Date() })).toEqual({
      id: first.id,
      status: "DECLINED",
    });
    const second = await proposeAmendment({ user: fixture.client, contractId: fixture.contractId, input: add, now: new Date() });
    expect(
      codeOf(
        await failure(answerAmendment({ user: fixture.expert, contractId: fixture.contractId, amendmentId: second.id, answer: "withdraw", now: new Date() })),
      ),
    ).toBe("CONFLICT");
    await answerAmendment({ user: fixture.client, contractId: fixture.contractId, amendmentId: second.id, answer: "withdraw", now: new Date() });
    expect(codeOf(await failure(acceptAmendment({ user: fixture.expert, contractId: fixture.contractId, amendmentId: second.id, now: new Date() })))).toBe(
      "CONFLICT",
    );
    expect(await db.milestone.count({ where: { contractId: fixture.contractId } })).toBe(1);
    const { amendments } = await listAmendments({ user: fixture.expert, contractId: fixture.contractId });
    expect(amendments.map((row) => row.status)).toEqual(["WITHDRAWN", "DECLINED"]);
  });
});

describe("who may change a contract", () => {
  it("contract managers and the expert propose; finance and viewers read the history; strangers find nothing; admins read", async () => {
    const fixture = await createActiveContract({ milestones: [50_000] });
    const other = await createActiveContract({ milestones: [10_000] });
    const [finance, viewer, manager] = await Promise.all(
      (["FINANCE", "VIEWER", "HIRING_MANAGER"] as const).map((role) => addColleague(fixture.client.companyId!, role)),
    );
    const add = input({ kind: "ADD_MILESTONE", title: "More work", amountCents: 15_000, dueDate: inDays(5) });
    for (const user of [finance, viewer]) {
      expect(codeOf(await failure(proposeAmendment({ user, contractId: fixture.contractId, input: add, now: new Date() })))).toBe("FORBIDDEN");
      expect((await listAmendments({ user, contractId: fixture.contractId })).amendments).toEqual([]);
    }
    for (const user of [other.client, other.expert]) {
      expect(codeOf(await failure(proposeAmendment({ user, contractId: fixture.contractId, input: add, now: new Date() })))).toBe("NOT_FOUND");
      expect(codeOf(await failure(listAmendments({ user, contractId: fixture.contractId })))).toBe("NOT_FOUND");
    }
    const admin = await createAdmin();
    expect(codeOf(await failure(proposeAmendment({ user: admin, contractId: fixture.contractId, input: add, now: new Date() })))).toBe("FORBIDDEN");
    const { id } = await proposeAmendment({ user: manager, contractId: fixture.contractId, input: add, now: new Date() });
    expect(codeOf(await failure(acceptAmendment({ user: other.expert, contractId: fixture.contractId, amendmentId: id, now: new Date() })))).toBe("NOT_FOUND");
    expect(codeOf(await failure(acceptAmendment({ user: viewer, contractId: fixture.contractId, amendmentId: id, now: new Date() })))).toBe("FORBIDDEN");
    expect((await listAmendments({ user: admin, contractId: fixture.contractId })).amendments).toHaveLength(1);
  });

  it("a closed contract takes no amendments: 409", async () => {
    const fixture = await createActiveContract({ milestones: [50_000] });
    const add = input({ kind: "ADD_MILESTONE", title: "More work", amountCents: 15_000, dueDate: inDays(5) });
    const open = await proposeAmendment({ user: fixture.client, contractId: fixture.contractId, input: add, now: new Date() });
    await db.contract.update({ where: { id: fixture.contractId }, data: { status: "COMPLETED", completedAt: new Date() } });
    const proposing = await failure(proposeAmendment({ user: fixture.expert, contractId: fixture.contractId, input: add, now: new Date() }));
    expect(codeOf(proposing)).toBe("CONFLICT");
    expect(proposing?.message).toContain("active");
    expect(codeOf(await failure(acceptAmendment({ user: fixture.expert, contractId: fixture.contractId, amendmentId: open.id, now: new Date() })))).toBe(
      "CONFLICT",
    );
    expect(await db.milestone.count({ where: { contractId: fixture.contractId } })).toBe(1);
  });
});

describe("hourly terms", () => {
  it("apply from the next Monday in the contract's time zone: termsForWeek answers per week, and the job moves the columns", async () => {
    const fixture = await createActiveContract({ milestones: [50_000] });
    await makeHourly(fixture.contractId);
    // Wednesday 2026-12-09 15:00 UTC = 10:00 in New York; the next week starts Monday 2026-12-14 00:00 EST = 05:00 UTC.
    const now = new Date("2026-12-09T15:00:00Z");
    const { id } = await proposeAmendment({
      user: fixture.expert,
      contractId: fixture.contractId,
      input: input({ kind: "CHANGE_HOURLY_TERMS", hourlyRateCents: 9_500 }),
      now,
    });
    expect(
      codeOf(
        await failure(
          proposeAmendment({ user: fixture.client, contractId: fixture.contractId, input: input({ kind: "CHANGE_HOURLY_TERMS", weeklyCapMinutes: 600 }), now }),
        ),
      ),
    ).toBe("CONFLICT");
    const accepted = await acceptAmendment({ user: fixture.client, contractId: fixture.contractId, amendmentId: id, now });
    expect(accepted.effectiveFrom).toBe("2026-12-14T05:00:00.000Z");
    const told = await db.notification.findFirstOrThrow({ where: { userId: fixture.expert.id, kind: "amendment.accepted" }, select: { body: true } });
    expect(told.body).toContain("week starting Monday Dec 14, 2026");
    const contract = { id: fixture.contractId, hourlyRateCents: 8_000, weeklyCapMinutes: 1_200 };
    expect(await termsForWeek(contract, new Date("2026-12-07T05:00:00Z"))).toEqual({ hourlyRateCents: 8_000, weeklyCapMinutes: 1_200 });
    expect(await termsForWeek(contract, new Date("2026-12-14T05:00:00Z"))).toEqual({ hourlyRateCents: 9_500, weeklyCapMinutes: 1_200 });
    expect((await contractOf(fixture.contractId)).hourlyRateCents).toBe(8_000);
    const job = await db.job.findFirstOrThrow({ where: { kind: "contracts.apply-hourly-terms", dedupeKey: `hourly-terms:${id}` }, select: { runAt: true } });
    expect(job.runAt.toISOString()).toBe("2026-12-14T05:00:00.000Z");

    await applyHourlyTerms({ contractId: fixture.contractId }, new Date("2026-12-13T12:00:00Z")); // too early: nothing changes
    expect((await contractOf(fixture.contractId)).hourlyRateCents).toBe(8_000);
    await applyHourlyTerms({ contractId: fixture.contractId }, new Date("2026-12-14T05:00:01Z"));
    await applyHourlyTerms({ contractId: fixture.contractId }, new Date("2026-12-14T06:00:00Z"));
    expect(await contractOf(fixture.contractId)).toMatchObject({ hourlyRateCents: 9_500, weeklyCapMinutes: 1_200 });
    // The week before keeps its own terms after the columns moved on.
    expect(await termsForWeek({ ...contract, hourlyRateCents: 9_500 }, new Date("2026-12-07T05:00:00Z"))).toEqual({
      hourlyRateCents: 8_000,
      weeklyCapMinutes: 1_200,
    });
  });

  it("a fixed contract has no hourly terms, and an hourly one no milestones to add", async () => {
    const fixture = await createActiveContract({ milestones: [50_000] });
    expect(
      codeOf(
        await failure(
          proposeAmendment({
            user: fixture.client,
            contractId: fixture.contractId,
            input: input({ kind: "CHANGE_HOURLY_TERMS", hourlyRateCents: 9_000 }),
            now: new Date(),
          }),
        ),
      ),
    ).toBe("CONFLICT");
    await makeHourly(fixture.contractId);
    const add = input({ kind: "ADD_MILESTONE", title: "More work", amountCents: 15_000, dueDate: inDays(5) });
    expect(codeOf(await failure(proposeAmendment({ user: fixture.client, contractId: fixture.contractId, input: add, now: new Date() })))).toBe("CONFLICT");
  });

  it("finds the Monday after, across daylight saving and in zones ahead of UTC", () => {
    expect(nextWeekStart(new Date("2026-03-04T12:00:00Z"), "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(nextWeekStart(new Date("2026-12-13T23:30:00Z"), "Asia/Tokyo").toISOString()).toBe("2026-12-20T15:00:00.000Z");
    expect(nextWeekStart(new Date("2026-12-14T00:00:00Z"), "UTC").toISOString()).toBe("2026-12-21T00:00:00.000Z");
  });
});
