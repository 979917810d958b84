import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findCandidates } from "@/lib/matching/find-candidates";
import { decideStage } from "@/lib/vetting/admin/decide-stage";
import { decideStageOperation } from "@/lib/vetting/admin/decide-stage.operation";
import { getApplicant } from "@/lib/vetting/admin/get-applicant";
import { getApplicantOperation } from "@/lib/vetting/admin/get-applicant.operation";
import { getVettingBoard } from "@/lib/vetting/admin/get-vetting-board";
import { getVettingFunnel } from "@/lib/vetting/admin/get-vetting-funnel";
import { getVettingFunnelOperation } from "@/lib/vetting/admin/get-vetting-funnel.operation";
import { listVettingQueue } from "@/lib/vetting/admin/list-vetting-queue";
import { listVettingQueueOperation } from "@/lib/vetting/admin/list-vetting-queue.operation";
import { recordInterview } from "@/lib/vetting/admin/record-interview";
import { recordInterviewOperation } from "@/lib/vetting/admin/record-interview.operation";
import { scheduleInterview } from "@/lib/vetting/admin/schedule-interview";
import { scheduleInterviewOperation } from "@/lib/vetting/admin/schedule-interview.operation";
import { type DecisionBody, vettingQueueQuerySchema } from "@/lib/vetting/admin/schemas";
import { verifySkill } from "@/lib/vetting/admin/verify-skill";
import { verifySkillOperation } from "@/lib/vetting/admin/verify-skill.operation";
import { REVIEW_STAGES } from "@/lib/vetting/transitions";
import { createAdmin, createClient, createSkill } from "../fixtures/matching";
import { advanceInput, advanceTo, createApplicant, holdInterview, rejectInput, scoresFor } from "../fixtures/vetting";
import { callOperation, refusalOf } from "../support/call-operation";

// Every applicant here is new and has skills made here, so tests sharing the database (and its seeded
// experts) never see each other's applicants; the funnel is read in 1996, where only this file decides.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (milliseconds: number) => new Date(Date.now() - milliseconds);
const queue = (query: Record<string, unknown>) => vettingQueueQuerySchema.parse(query);

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const statusOf = async (expertProfileId: string) =>
  db.expertProfile.findUniqueOrThrow({
    where: { id: expertProfileId },
    select: { vettingStatus: true, approvedAt: true, rejectedAt: true, reapplyAfter: true },
  });
const decisionsOf = (expertProfileId: string) =>
  db.vettingDecision.findMany({
    where: { expertProfileId },
    orderBy: { createdAt: "asc" },
    select: { adminId: true, fromStatus: true, toStatus: true, scores: true, notes: true, reason: true },
  });
const auditOf = (expertProfileId: string) =>
  db.auditLog.findMany({
    where: { targetType: "ExpertProfile", targetId: expertProfileId },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true },
  });
// Every new account is also asked to confirm its address; these tests follow the vetting emails.
const emailsTo = (user: SessionUser) =>
  db.emailOutbox.findMany({
    where: { toEmail: user.email, NOT: { subject: "Confirm your email address for Vetted" } },
    orderBy: { createdAt: "asc" },
    select: { subject: true, text: true },
  });
const notificationsOf = (user: SessionUser) =>
  db.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" }, select: { kind: true, title: true, body: true } });

describe("decideStage", () => {
  it("takes an applicant through APPLIED → SCREENING → INTERVIEW → APPROVED, recording, auditing and telling them each step", async () => {
    const admin = await createAdmin();
    const skill = await createSkill();
    const { user: applicant, expertProfileId } = await createApplicant({ skills: [{ skillId: skill.id }] });

    expect(await decideStage({ user: admin, expertProfileId, input: advanceInput("APPLIED") })).toMatchObject({
      fromStatus: "APPLIED",
      toStatus: "SCREENING",
      reapplyAfter: null,
    });
    expect((await statusOf(expertProfileId)).vettingStatus).toBe("SCREENING");
    await decideStage({ user: admin, expertProfileId, input: advanceInput("SCREENING") });
    expect((await statusOf(expertProfileId)).vettingStatus).toBe("INTERVIEW");
    await holdInterview(admin, expertProfileId);
    await decideStage({ user: admin, expertProfileId, input: advanceInput("INTERVIEW") });

    const final = await statusOf(expertProfileId);
    expect(final).toMatchObject({ vettingStatus: "APPROVED", rejectedAt: null, reapplyAfter: null });
    expect(final.approvedAt).toBeInstanceOf(Date);
    expect(await decisionsOf(expertProfileId)).toEqual(
      REVIEW_STAGES.map((stage, index) => ({
        adminId: admin.id,
        fromStatus: stage,
        toStatus: ["SCREENING", "INTERVIEW", "APPROVED"][index],
        scores: scoresFor(stage),
        notes: `Internal: good at ${stage.toLowerCase()}.`,
        reason: null,
      })),
    );
    expect((await auditOf(expertProfileId)).map((entry) => entry.action)).toEqual([
      "vetting.decided",
      "vetting.decided",
      "vetting.interview-scheduled",
      "vetting.interview-recorded",
      "vetting.decided",
    ]);
    const emails = await emailsTo(applicant);
    expect(emails.map((email) => email.subject)).toEqual([
      "Your Vetted application moves to screening",
      "You're invited to a Vetted interview",
      expect.stringMatching(/^Your Vetted interview: /),
      "Welcome to Vetted: you're approved",
    ]);
    expect(emails[2].text).toContain("https://meet.example.test/vetting");
    expect(emails.map((email) => email.text).join("\n")).not.toContain("Internal:");
    expect((await notificationsOf(applicant)).map((notification) => notification.kind)).toEqual([
      "vetting.screening",
      "vetting.interview",
      "vetting.interview-scheduled",
      "vetting.approved",
    ]);
  });

  it.each(REVIEW_STAGES)("rejects at %s: the cool-off ends 90 days later and the applicant reads the reason", async (stage) => {
    const admin = await createAdmin();
    const { user: applicant, expertProfileId } = await createApplicant({ skills: [{ skillId: (await createSkill()).id }] });
    if (stage !== "APPLIED") await advanceTo(admin, expertProfileId, stage);
    const now = new Date();
    const reason = `Our reviewers wanted more depth at ${stage.toLowerCase()}; a larger recent project would help.`;

    const decided = await decideStage({ user: admin, expertProfileId, input: rejectInput(stage, reason), now });

    const reapplyAfter = new Date(now.getTime() + 90 * DAY);
    expect(decided).toMatchObject({ fromStatus: stage, toStatus: "REJECTED", reapplyAfter });
    expect(await statusOf(expertProfileId)).toMatchObject({ vettingStatus: "REJECTED", rejectedAt: now, reapplyAfter });
    expect((await decisionsOf(expertProfileId)).at(-1)).toMatchObject({ fromStatus: stage, toStatus: "REJECTED", reason, adminId: admin.id });
    const notification = (await notificationsOf(applicant)).at(-1);
    expect(notification).toMatchObject({ kind: "vetting.rejected", title: "An update on your Vetted application" });
    expect(notification?.body).toContain(reason);
    expect(notification?.body).toContain(new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(reapplyAfter));
    expect((await emailsTo(applicant)).at(-1)?.text).toContain(reason);
    expect((await auditOf(expertProfileId)).at(-1)).toEqual({ action: "vetting.decided", actorId: admin.id });
  });

  it("refuses a decision made at a stage the applicant has left, and writes nothing", async () => {
    const admin = await createAdmin();
    const { expertProfileId } = await createApplicant();
    await decideStage({ user: admin, expertProfileId, input: advanceInput("APPLIED") });

    const stale = await rejection(decideStage({ user: admin, expertProfileId, input: rejectInput("APPLIED") }));

    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/now in screening/);
    expect(await decisionsOf(expertProfileId)).toHaveLength(1);
    expect((await statusOf(expertProfileId)).vettingStatus).toBe("SCREENING");
  });

  it("refuses to approve before an interview is completed", async () => {
    const admin = await createAdmin();
    const { expertProfileId } = await createApplicant({ skills: [{ skillId: (await createSkill()).id }] });
    await advanceTo(admin, expertProfileId, "INTERVIEW");
    await scheduleInterview({ user: admin, expertProfileId, input: { scheduledAt: new Date(Date.now() + DAY), meetingUrl: "https://meet.example.test/a" } });

    const early = await rejection(decideStage({ user: admin, expertProfileId, input: advanceInput("INTERVIEW") }));

    expect(early.code).toBe("CONFLICT");
    expect(early.message).toMatch(/interview results/);
    expect((await statusOf(expertProfileId)).vettingStatus).toBe("INTERVIEW");
    expect(await getApplicant({ user: admin, expertProfileId })).toMatchObject({ reviewStage: "INTERVIEW", canAdvance: false });
  });

  it("does not count a re-applicant's interview from their earlier application", async () => {
    const admin = await createAdmin();
    const { expertProfileId } = await createApplicant({ skills: [{ skillId: (await createSkill()).id }] });
    const at = (hours: number) => new Date(Date.now() + hours * HOUR);
    await advanceTo(admin, expertProfileId, "INTERVIEW");
    await holdInterview(admin, expertProfileId, { now: at(0) });
    await decideStage({ user: admin, expertProfileId, input: rejectInput("INTERVIEW"), now: at(3) });
    // What re-applying and submitting again leave behind (lib/vetting/application does it for real).
    await db.vettingDecision.create({ data: { expertProfileId, fromStatus: "REJECTED", toStatus: "APPLIED", createdAt: at(4) } });
    await db.expertProfile.update({ where: { id: expertProfileId }, data: { vettingStatus: "APPLIED", submittedAt: at(5) } });
    await decideStage({ user: admin, expertProfileId, input: advanceInput("APPLIED"), now: at(6) });
    await decideStage({ user: admin, expertProfileId, input: advanceInput("SCREENING"), now: at(7) });

    expect((await rejection(decideStage({ user: admin, expertProfileId, input: advanceInput("INTERVIEW"), now: at(8) }))).code).toBe("CONFLICT");
    expect(await getApplicant({ user: admin, expertProfileId, now: at(8) })).toMatchObject({
      reviewStage: "INTERVIEW",
      canAdvance: false,
      openInterview: null,
    });
  });

  it("refuses decisions on an approved expert and on an unsubmitted draft", async () => {
    const admin = await createAdmin();
    const { expertProfileId: approved } = await createApplicant({ skills: [{ skillId: (await createSkill()).id }] });
    await advanceTo(admin, approved, "APPROVED");
    const { expertProfileId: draft } = await createApplicant({ submitted: false });

    for (const stage of REVIEW_STAGES) {
      expect((await rejection(decideStage({ user: admin, expertProfileId: approved, input: rejectInput(stage) }))).code).toBe("CONFLICT");
    }
    expect((await rejection(decideStage({ user: admin, expertProfileId: draft, input: advanceInput("APPLIED") }))).code).toBe("CONFLICT");
    expect(await decisionsOf(draft)).toEqual([]);
    expect((await rejection(decideStage({ user: admin, expertProfileId: "no-such-profile", input: advanceInput("APPLIED") }))).code).toBe("NOT_FOUND");
  });

  it("lets exactly one of two admins deciding at once win", async () => {
    const [first, second] = await Promise.all([createAdmin(), createAdmin()]);
    const { user: applicant, expertProfileId } = await createApplicant();

    const outcomes = await Promise.allSettled([
      decideStage({ user: first, expertProfileId, input: advanceInput("APPLIED") }),
      decideStage({ user: second, expertProfileId, input: rejectInput("APPLIED") }),
    ]);

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const [lost] = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
    expect(lost).toBeInstanceOf(AppError);
    expect(lost).toMatchObject({ code: "CONFLICT" });
    expect(await decisionsOf(expertProfileId)).toHaveLength(1);
    expect(await notificationsOf(applicant)).toHaveLength(1);
  });

  it("refuses incomplete or out-of-range scores and a rejection without a reason, writing nothing", async () => {
    const admin = await createAdmin();
    const { user: applicant, expertProfileId } = await createApplicant();
    const { profile: _dropped, ...missingOne } = scoresFor("APPLIED");
    const invalid = [
      { stage: "APPLIED", decision: "ADVANCE" },
      { ...advanceInput("APPLIED"), scores: missingOne },
      { ...advanceInput("APPLIED"), scores: { ...scoresFor("APPLIED"), profile: 6 } },
      { ...advanceInput("APPLIED"), scores: scoresFor("SCREENING") },
      { stage: "APPLIED", decision: "REJECT", scores: scoresFor("APPLIED") },
      { ...rejectInput("APPLIED"), reason: "Too short." },
      { ...advanceInput("APPLIED"), stage: "APPROVED" },
    ];

    const decide = (body: unknown) => refusalOf(callOperation(decideStageOperation, admin, { params: { id: expertProfileId }, body }));

    for (const input of invalid) {
      expect(await decide(input), JSON.stringify(input)).toMatchObject({ status: 422, code: "VALIDATION_FAILED" });
    }
    expect((await decide({ ...advanceInput("APPLIED"), scores: { ...scoresFor("APPLIED"), profile: 6 } })).fields).toEqual({
      "scores.profile": ["At most 5."],
    });
    expect((await decide({ stage: "APPLIED", decision: "REJECT", scores: scoresFor("APPLIED") })).fields).toHaveProperty("reason");
    expect(await decisionsOf(expertProfileId)).toEqual([]);
    expect(await auditOf(expertProfileId)).toEqual([]);
    expect(await notificationsOf(applicant)).toEqual([]);
    expect((await statusOf(expertProfileId)).vettingStatus).toBe("APPLIED");
  });
});

describe("interviews and skills", () => {
  it("books an interview only at the interview stage, for a future time and an https link, and can move it", async () => {
    const admin = await createAdmin();
    const { user: applicant, expertProfileId } = await createApplicant({ skills: [{ skillId: (await createSkill()).id }] });
    const input = { scheduledAt: new Date(Date.now() + DAY), meetingUrl: "https://meet.example.test/room" };
    await advanceTo(admin, expertProfileId, "SCREENING");
    expect((await rejection(scheduleInterview({ user: admin, expertProfileId, input }))).code).toBe("CONFLICT");
    await decideStage({ user: admin, expertProfileId, input: advanceInput("SCREENING") });
    const before = await auditOf(expertProfileId);

    const past = await rejection(scheduleInterview({ user: admin, expertProfileId, input: { ...input, scheduledAt: ago(HOUR) } }));
    const http = await refusalOf(
      callOperation(scheduleInterviewOperation, admin, { params: { id: expertProfileId }, body: { ...input, meetingUrl: "http://meet.example.test/room" } }),
    );
    expect([past.code, http.code]).toEqual(["VALIDATION_FAILED", "VALIDATION_FAILED"]);
    expect(past.fields).toHaveProperty("scheduledAt");
    expect(http.fields).toHaveProperty("meetingUrl");
    expect(await db.interview.count({ where: { expertProfileId } })).toBe(0);
    expect(await auditOf(expertProfileId)).toEqual(before);

    const booked = await scheduleInterview({ user: admin, expertProfileId, input });
    const moved = await scheduleInterview({ user: admin, expertProfileId, input: { ...input, scheduledAt: new Date(Date.now() + 2 * DAY) } });

    expect(booked).toMatchObject({ isRescheduled: false, meetingUrl: input.meetingUrl });
    expect(moved).toMatchObject({ interviewId: booked.interviewId, isRescheduled: true });
    expect(await db.interview.count({ where: { expertProfileId } })).toBe(1);
    const movedEmail = (await emailsTo(applicant)).at(-1);
    expect(movedEmail?.subject).toMatch(/has moved to/);
    expect(movedEmail?.text).toContain(input.meetingUrl);
    expect((await auditOf(expertProfileId)).slice(-2).map((entry) => entry.action)).toEqual(["vetting.interview-scheduled", "vetting.interview-rescheduled"]);
  });

  it("records results per skill, verifying the passed ones, once", async () => {
    const admin = await createAdmin();
    const [python, postgres, other] = await Promise.all([createSkill(), createSkill(), createSkill()]);
    const { expertProfileId } = await createApplicant({ skills: [{ skillId: python.id }, { skillId: postgres.id }] });
    await advanceTo(admin, expertProfileId, "INTERVIEW");
    const { interviewId } = await scheduleInterview({
      user: admin,
      expertProfileId,
      input: { scheduledAt: new Date(Date.now() + HOUR), meetingUrl: "https://meet.example.test/b" },
    });
    const results = [
      { skillId: python.id, passed: true, notes: "Strong async design." },
      { skillId: postgres.id, passed: false, notes: "Unsure about indexes." },
    ];

    const empty = await refusalOf(callOperation(recordInterviewOperation, admin, { params: { id: expertProfileId, interviewId }, body: { results: [] } }));
    expect(empty).toMatchObject({ status: 422, code: "VALIDATION_FAILED" });
    for (const input of [{ results: [...results, { skillId: other.id, passed: true, notes: "" }] }, { results: [results[0], results[0]] }]) {
      expect((await rejection(recordInterview({ user: admin, expertProfileId, interviewId, input }))).code).toBe("VALIDATION_FAILED");
    }
    expect(await db.interview.findUniqueOrThrow({ where: { id: interviewId }, select: { completedAt: true } })).toEqual({ completedAt: null });

    const recorded = await recordInterview({ user: admin, expertProfileId, interviewId, input: { results } });

    expect(recorded.verifiedSkillIds).toEqual([python.id]);
    const skills = await db.expertSkill.findMany({ where: { expertProfileId }, select: { skillId: true, verifiedAt: true, verifiedById: true } });
    expect(skills.find((skill) => skill.skillId === python.id)).toMatchObject({ verifiedAt: recorded.completedAt, verifiedById: admin.id });
    expect(skills.find((skill) => skill.skillId === postgres.id)).toMatchObject({ verifiedAt: null, verifiedById: null });
    expect((await rejection(recordInterview({ user: admin, expertProfileId, interviewId, input: { results } }))).code).toBe("CONFLICT");
    const applicant = await getApplicant({ user: admin, expertProfileId });
    expect(applicant).toMatchObject({ canAdvance: true, openInterview: null });
    expect(applicant.interviews[0].results).toEqual(results.map((result, index) => ({ ...result, skillName: [python.name, postgres.name][index] })));
  });

  it("verifies and unverifies one skill of an approved expert, audited, and refuses it before the interview stage", async () => {
    const admin = await createAdmin();
    const skill = await createSkill();
    const { expertProfileId } = await createApplicant({ skills: [{ skillId: skill.id }] });
    expect((await rejection(verifySkill({ user: admin, expertProfileId, skillId: skill.id, input: { verified: true } }))).code).toBe("CONFLICT");
    await advanceTo(admin, expertProfileId, "APPROVED");

    expect((await verifySkill({ user: admin, expertProfileId, skillId: skill.id, input: { verified: false } })).verifiedAt).toBeNull();
    expect((await verifySkill({ user: admin, expertProfileId, skillId: skill.id, input: { verified: true } })).verifiedAt).toBeInstanceOf(Date);
    const yes = await refusalOf(callOperation(verifySkillOperation, admin, { params: { id: expertProfileId, skillId: skill.id }, body: { verified: "yes" } }));
    expect(yes).toMatchObject({ status: 422, code: "VALIDATION_FAILED" });
    expect((await rejection(verifySkill({ user: admin, expertProfileId, skillId: "not-their-skill", input: { verified: true } }))).code).toBe("NOT_FOUND");
    expect((await auditOf(expertProfileId)).slice(-2).map((entry) => entry.action)).toEqual(["vetting.skill-unverified", "vetting.skill-verified"]);
    expect((await getApplicant({ user: admin, expertProfileId })).skills[0]).toMatchObject({ skillId: skill.id, verifiedByName: admin.name });
  });
});

describe("listVettingQueue and getApplicant", () => {
  it("lists each stage's submitted applicants by time in the stage, filtered by skill and days waiting, with counts", async () => {
    const admin = await createAdmin();
    const skill = await createSkill();
    const skills = [{ skillId: skill.id }];
    const older = await createApplicant({ skills, submittedAt: ago(5 * DAY), name: "Older Applicant" });
    const newer = await createApplicant({ skills, submittedAt: ago(2 * DAY), name: "Newer Applicant" });
    await createApplicant({ skills, submitted: false });
    await createApplicant({ submittedAt: ago(9 * DAY) });
    const screenedLater = await createApplicant({ skills, submittedAt: ago(20 * DAY) });
    const screenedEarlier = await createApplicant({ skills, submittedAt: ago(10 * DAY) });
    await decideStage({ user: admin, expertProfileId: screenedLater.expertProfileId, input: advanceInput("APPLIED"), now: ago(DAY) });
    await decideStage({ user: admin, expertProfileId: screenedEarlier.expertProfileId, input: advanceInput("APPLIED"), now: ago(4 * DAY) });

    const applied = await listVettingQueue({ user: admin, query: queue({ skillId: skill.id }) });
    expect(applied.applicants.map((row) => row.id)).toEqual([older.expertProfileId, newer.expertProfileId]);
    expect(applied.counts).toEqual({ APPLIED: 2, SCREENING: 2, INTERVIEW: 0 });
    expect(applied.filters).toEqual({ stage: "APPLIED", skill: { id: skill.id, name: skill.name }, minWaitingDays: null });
    expect(applied.applicants[0]).toMatchObject({ name: "Older Applicant", topSkills: [{ skillId: skill.id, name: skill.name, isVerified: false }] });
    expect(applied.applicants[0].waitingMilliseconds).toBeGreaterThanOrEqual(5 * DAY);

    const screening = await listVettingQueue({ user: admin, query: queue({ stage: "SCREENING", skillId: skill.id }) });
    expect(screening.applicants.map((row) => row.id)).toEqual([screenedEarlier.expertProfileId, screenedLater.expertProfileId]);

    const waitedLong = await listVettingQueue({ user: admin, query: queue({ stage: "SCREENING", skillId: skill.id, minWaitingDays: "3" }) });
    expect(waitedLong.applicants.map((row) => row.id)).toEqual([screenedEarlier.expertProfileId]);
    expect(waitedLong.counts).toEqual({ APPLIED: 1, SCREENING: 1, INTERVIEW: 0 });
    expect((await listVettingQueue({ user: admin, query: queue({ skillId: skill.id, page: "2" }) })).applicants).toEqual([]);
    expect(queue({ skillId: "", minWaitingDays: "" })).toEqual({ stage: "APPLIED", page: 1 });
  });

  it("shows an application in full: safe links, answers, decisions with admin names and notes, time in stage", async () => {
    const admin = await createAdmin();
    const { expertProfileId } = await createApplicant({ skills: [{ skillId: (await createSkill()).id }] });
    await db.expertProfile.update({
      where: { id: expertProfileId },
      data: {
        links: [
          { kind: "github", url: "https://github.com/someone" },
          { kind: "portfolio", url: "javascript:alert(1)" },
        ],
      },
    });
    await decideStage({ user: admin, expertProfileId, input: advanceInput("APPLIED"), now: ago(3 * DAY) });

    const applicant = await getApplicant({ user: admin, expertProfileId });

    expect(applicant).toMatchObject({ status: "SCREENING", reviewStage: "SCREENING", canAdvance: true, canVerifySkills: false, openInterview: null });
    expect(applicant.links).toEqual([{ label: "GitHub", url: "https://github.com/someone" }]);
    expect(applicant.answers.map((answer) => answer.key)).toEqual(["proudestWork", "hardProblem", "remoteWork"]);
    expect(applicant.decisions).toEqual([
      expect.objectContaining({
        fromStatus: "APPLIED",
        toStatus: "SCREENING",
        adminName: admin.name,
        notes: "Internal: good at applied.",
        scores: [
          { key: "profile", label: "Profile and track record", score: 4 },
          { key: "skillFit", label: "Skills we need", score: 4 },
          { key: "communication", label: "Written communication", score: 4 },
        ],
      }),
    ]);
    expect(applicant.millisecondsInStage).toBeGreaterThanOrEqual(3 * DAY);
    expect((await rejection(getApplicant({ user: admin, expertProfileId: "missing" }))).code).toBe("NOT_FOUND");
  });
});

describe("getVettingFunnel", () => {
  it("counts entries, pass rates, median time in stage and the approval rate of the period", async () => {
    const admin = await createAdmin();
    const day = (n: number) => new Date(Date.UTC(1996, 2, 1) + n * DAY);
    const decide = (expertProfileId: string, input: DecisionBody, at: number) => decideStage({ user: admin, expertProfileId, input, now: day(at) });
    const skill = await createSkill();
    const [approved, screenedOut, rejectedEarly] = await Promise.all(
      [0, 1, 2].map((submittedOn) => createApplicant({ skills: [{ skillId: skill.id }], submittedAt: day(submittedOn) })),
    );
    await createApplicant({ submittedAt: day(3) });
    const beforePeriod = await createApplicant({ submittedAt: day(-60) });
    await decide(beforePeriod.expertProfileId, advanceInput("APPLIED"), -58);

    await decide(approved.expertProfileId, advanceInput("APPLIED"), 2);
    await decide(approved.expertProfileId, advanceInput("SCREENING"), 5);
    await holdInterview(admin, approved.expertProfileId, { now: day(6) });
    await decide(approved.expertProfileId, advanceInput("INTERVIEW"), 9);
    await decide(screenedOut.expertProfileId, advanceInput("APPLIED"), 5);
    await decide(screenedOut.expertProfileId, rejectInput("SCREENING"), 6);
    await decide(rejectedEarly.expertProfileId, rejectInput("APPLIED"), 3);

    const funnel = await getVettingFunnel({ user: admin, periodDays: 30, now: day(10) });

    expect(funnel).toEqual({
      periodDays: 30,
      from: day(-20),
      to: day(10),
      stages: [
        { stage: "APPLIED", enteredCount: 4, decidedCount: 3, advancedCount: 2, passRate: 2 / 3, medianMillisecondsInStage: 2 * DAY },
        { stage: "SCREENING", enteredCount: 2, decidedCount: 2, advancedCount: 1, passRate: 0.5, medianMillisecondsInStage: 2 * DAY },
        { stage: "INTERVIEW", enteredCount: 1, decidedCount: 1, advancedCount: 1, passRate: 1, medianMillisecondsInStage: 4 * DAY },
      ],
      approvedCount: 1,
      rejectedCount: 2,
      approvalRate: 1 / 3,
    });
  });
});

describe("the API", () => {
  it("answers every vetting operation within its declared schema", async () => {
    const admin = await createAdmin();
    const skill = await createSkill();
    const { expertProfileId } = await createApplicant({ skills: [{ skillId: skill.id }] });
    const call = (operation: Parameters<typeof callOperation>[0], input: Parameters<typeof callOperation>[2]) => callOperation(operation, admin, input);
    const id = expertProfileId;

    expect((await call(listVettingQueueOperation, { query: { stage: "APPLIED", skillId: skill.id } })).status).toBe(200);
    expect((await call(decideStageOperation, { params: { id }, body: advanceInput("APPLIED") })).status).toBe(201);
    expect((await call(decideStageOperation, { params: { id }, body: advanceInput("SCREENING") })).status).toBe(201);
    const booked = await call(scheduleInterviewOperation, {
      params: { id },
      body: { scheduledAt: new Date(Date.now() + DAY).toISOString(), meetingUrl: "https://meet.example.test/api" },
    });
    expect(booked.status).toBe(201);
    const interviewId = String(booked.json.interviewId);
    const results = { results: [{ skillId: skill.id, passed: true, notes: "" }] };
    expect((await call(recordInterviewOperation, { params: { id, interviewId }, body: results })).status).toBe(200);
    expect((await call(verifySkillOperation, { params: { id, skillId: skill.id }, body: { verified: false } })).status).toBe(200);
    const applicant = await call(getApplicantOperation, { params: { id } });
    expect(applicant).toMatchObject({ status: 200, json: { id, status: "INTERVIEW", openInterview: null } });
    expect((await call(getVettingFunnelOperation, { query: { periodDays: "7" } })).status).toBe(200);
  });

  it("answers 400 with the parameter's own message to an id no record could have", async () => {
    const admin = await createAdmin();
    const refusal = await refusalOf(callOperation(getApplicantOperation, admin, { params: { id: "x".repeat(65) } }));
    expect(refusal).toMatchObject({ status: 400, code: "BAD_REQUEST", message: "The applicant id in the URL is malformed." });
  });
});

describe("authorization", () => {
  it("refuses clients, experts and the applicant themself on every function", async () => {
    const admin = await createAdmin();
    const skill = await createSkill();
    const { user: applicant, expertProfileId } = await createApplicant({ skills: [{ skillId: skill.id }] });
    await advanceTo(admin, expertProfileId, "INTERVIEW");
    const { interviewId } = await scheduleInterview({
      user: admin,
      expertProfileId,
      input: { scheduledAt: new Date(Date.now() + DAY), meetingUrl: "https://meet.example.test/c" },
    });
    const { user: otherExpert } = await createApplicant();
    const client = await createClient();
    const calls = [
      (user: SessionUser) => listVettingQueue({ user, query: queue({}) }),
      (user: SessionUser) => getApplicant({ user, expertProfileId }),
      (user: SessionUser) => decideStage({ user, expertProfileId, input: rejectInput("INTERVIEW") }),
      (user: SessionUser) =>
        scheduleInterview({ user, expertProfileId, input: { scheduledAt: new Date(Date.now() + DAY), meetingUrl: "https://meet.example.test/d" } }),
      (user: SessionUser) => recordInterview({ user, expertProfileId, interviewId, input: { results: [{ skillId: skill.id, passed: true, notes: "" }] } }),
      (user: SessionUser) => verifySkill({ user, expertProfileId, skillId: skill.id, input: { verified: true } }),
      (user: SessionUser) => getVettingFunnel({ user }),
      (user: SessionUser) => getVettingBoard({ user, query: queue({}) }),
    ];

    for (const user of [client, otherExpert, applicant]) {
      for (const call of calls) expect((await rejection(call(user))).code).toBe("FORBIDDEN");
    }
    expect((await statusOf(expertProfileId)).vettingStatus).toBe("INTERVIEW");
    expect(await db.expertSkill.findFirstOrThrow({ where: { expertProfileId }, select: { verifiedAt: true } })).toEqual({ verifiedAt: null });
  });
});

describe("an approved expert", () => {
  it("is a matching candidate for a request needing their skill", async () => {
    const admin = await createAdmin();
    const skill = await createSkill();
    const { expertProfileId } = await createApplicant({ skills: [{ skillId: skill.id, years: 6 }] });
    const request = {
      id: `vetting-${expertProfileId}`,
      requiredSkills: [{ skillId: skill.id, name: skill.name, minYears: 3 }],
      niceToHaveSkills: [],
      budgetMinCents: 5_000,
      budgetMaxCents: 12_000,
      currency: "USD",
      budgetTolerancePercent: 10,
      hoursPerWeek: 20,
      timezone: "Europe/Berlin",
      utcOffsetMinutes: 60,
      minOverlapHours: 2,
    };
    await advanceTo(admin, expertProfileId, "INTERVIEW");
    expect(await findCandidates(request, { now: new Date() })).toEqual([]);

    await holdInterview(admin, expertProfileId);
    await decideStage({ user: admin, expertProfileId, input: advanceInput("INTERVIEW") });

    const [candidate] = await findCandidates(request, { now: new Date() });
    expect(candidate).toMatchObject({ expertProfileId, skills: [expect.objectContaining({ skillId: skill.id, isVerified: true, isRequired: true })] });
  });
});
