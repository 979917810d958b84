import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { signUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { getHirePage } from "@/lib/hire-pages/get-hire-page";
import { findCandidates } from "@/lib/matching/find-candidates";
import type { MatchRequestProfile } from "@/lib/matching/types";
import { utcOffsetMinutes } from "@/lib/time/timezones";
import { applicationSchema } from "@/lib/vetting/application/api-schemas";
import { getApplication } from "@/lib/vetting/application/get-application";
import { getApplicationOperation } from "@/lib/vetting/application/get-application.operation";
import { reapply } from "@/lib/vetting/application/reapply";
import { reapplyOperation } from "@/lib/vetting/application/reapply.operation";
import { saveApplicationStep } from "@/lib/vetting/application/save-application-step";
import { saveApplicationStepOperation } from "@/lib/vetting/application/save-application-step.operation";
import { submitApplication } from "@/lib/vetting/application/submit-application";
import { submitApplicationOperation } from "@/lib/vetting/application/submit-application.operation";
import { updateProfile } from "@/lib/vetting/application/update-profile";
import { updateProfileOperation } from "@/lib/vetting/application/update-profile.operation";
import { saveApplicationStepSchema } from "@/lib/vetting/schemas";
import { markEmailVerified } from "../fixtures/accounts";
import { createAdmin, createClient, createSkill, sessionUserOf } from "../fixtures/matching";
import { callOperation, refusalOf } from "../support/call-operation";

const DAY = 86_400_000;
const NOW = new Date("2031-03-03T12:00:00Z");

async function createApplicant(): Promise<SessionUser> {
  const account = await signUp({
    accountType: "EXPERT",
    name: "Ada Applicant",
    email: `applicant-${randomUUID()}@example.test`,
    password: "fixture password 123",
  });
  await markEmailVerified(account.id);
  return sessionUserOf(account.id);
}

function completeSteps(skillId: string) {
  const answer = (topic: string) => `A considered answer about ${topic}, with enough detail to show how I work and think.`;
  return [
    {
      step: "profile",
      values: { headline: "Senior Python engineer — FastAPI, PostgreSQL", bio: "I build backend services for insurers and banks. ".repeat(4) },
    },
    { step: "skills", values: { skills: [{ skillId, level: "SENIOR", years: 6 }] } },
    { step: "rate", values: { hourlyRateCents: 9_500, currency: "EUR" } },
    { step: "availability", values: { weeklyAvailableHours: 30, timezone: "America/New_York" } },
    { step: "links", values: { github: "https://github.com/ada-applicant" } },
    { step: "answers", values: { proudestWork: answer("my proudest work"), hardProblem: answer("a hard problem"), remoteWork: answer("remote work") } },
  ] as const;
}

/** A step as the API's edge passes it on: parsed, defaults filled in. */
const step = (input: unknown) => saveApplicationStepSchema.parse(input);

async function completeApplication(user: SessionUser, skillId: string) {
  for (const input of completeSteps(skillId)) await saveApplicationStep({ user, input: step(input), now: NOW });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  return promise.then(
    () => expect.fail("expected the call to be rejected"),
    (error: AppError) => error,
  );
}

const profileOf = (user: SessionUser) => db.expertProfile.findUniqueOrThrow({ where: { userId: user.id }, include: { skills: true } });

describe("saving the application a step at a time", () => {
  it("stores each step in its columns and reports which steps are complete", async () => {
    const skill = await createSkill();
    const user = await createApplicant();
    const steps = completeSteps(skill.id);
    const saved = [];
    for (const input of steps) saved.push(await saveApplicationStep({ user, input: step(input), now: NOW }));

    expect(saved[0].completeSteps).toEqual(["profile", "links"]);
    expect(saved.at(-1)?.missingSteps).toEqual([]);
    const stored = await profileOf(user);
    expect(stored).toMatchObject({
      headline: steps[0].values.headline,
      hourlyRateCents: 9_500,
      currency: "EUR",
      weeklyAvailableHours: 30,
      timezone: "America/New_York",
      utcOffsetMinutes: utcOffsetMinutes("America/New_York", NOW),
      isAvailable: true,
      links: [{ kind: "github", url: "https://github.com/ada-applicant" }],
      answers: steps[5].values,
      vettingStatus: "APPLIED",
      submittedAt: null,
    });
    expect(stored.skills).toEqual([expect.objectContaining({ skillId: skill.id, level: "SENIOR", years: 6, verifiedAt: null })]);
    expect(applicationSchema.parse(JSON.parse(JSON.stringify(saved.at(-1))))).toBeTruthy();
  });

  it("refuses bad input for each step with the field's path, writing nothing", async () => {
    const user = await createApplicant();
    const before = await profileOf(user);
    const badInputs: [unknown, string][] = [
      [{ step: "profile", values: { headline: "Short", bio: "B".repeat(120) } }, "values.headline"],
      [{ step: "skills", values: { skills: [] } }, "values.skills"],
      [{ step: "rate", values: { hourlyRateCents: 100, currency: "USD" } }, "values.hourlyRateCents"],
      [{ step: "availability", values: { weeklyAvailableHours: 30, timezone: "Mars/Olympus_Mons" } }, "values.timezone"],
      [{ step: "links", values: { github: "ftp://github.com/ada" } }, "values.github"],
      [{ step: "answers", values: { proudestWork: "Too short", hardProblem: "A".repeat(60), remoteWork: "A".repeat(60) } }, "values.proudestWork"],
      [{ step: "salary", values: {} }, "step"],
    ];
    for (const [body, path] of badInputs) {
      const refusal = await refusalOf(callOperation(saveApplicationStepOperation, user, { body }));
      expect(refusal.code).toBe("VALIDATION_FAILED");
      expect(Object.keys(refusal.fields ?? {})).toContain(path);
    }
    expect(await profileOf(user)).toEqual(before);
  });

  it("refuses unknown and repeated skills with a 422 on the field, writing nothing", async () => {
    const skill = await createSkill();
    const user = await createApplicant();
    const unknown = await rejection(
      saveApplicationStep({ user, input: { step: "skills", values: { skills: [{ skillId: "no-such-skill", level: "MID", years: 2 }] } }, now: NOW }),
    );
    expect(unknown).toMatchObject({ code: "VALIDATION_FAILED", status: 422, fields: { "values.skills": [expect.stringContaining("not in our list")] } });
    const twice = { skillId: skill.id, level: "MID", years: 2 };
    const repeated = await rejection(saveApplicationStep({ user, input: step({ step: "skills", values: { skills: [twice, twice] } }), now: NOW }));
    expect(repeated.fields).toHaveProperty(["values.skills.1.skillId"]);
    expect((await profileOf(user)).skills).toEqual([]);
  });

  it("replaces the skill set, keeping a skill's verification while its level stays the same", async () => {
    const [python, go, rust] = await Promise.all([createSkill(), createSkill(), createSkill()]);
    const user = await createApplicant();
    const save = (skills: { skillId: string; level: string; years: number }[]) =>
      saveApplicationStep({ user, input: step({ step: "skills", values: { skills } }), now: NOW });
    await save([
      { skillId: python.id, level: "SENIOR", years: 5 },
      { skillId: go.id, level: "MID", years: 2 },
      { skillId: rust.id, level: "MID", years: 1 },
    ]);
    await db.expertSkill.updateMany({ where: { expertProfileId: user.expertProfileId!, skillId: { in: [python.id, go.id] } }, data: { verifiedAt: NOW } });

    await save([
      { skillId: python.id, level: "SENIOR", years: 7 },
      { skillId: go.id, level: "SENIOR", years: 2 },
    ]);

    const skills = Object.fromEntries((await profileOf(user)).skills.map((skill) => [skill.skillId, skill]));
    expect(Object.keys(skills).sort()).toEqual([python.id, go.id].sort());
    expect(skills[python.id]).toMatchObject({ years: 7, verifiedAt: NOW });
    expect(skills[go.id]).toMatchObject({ level: "SENIOR", verifiedAt: null });
  });
});

describe("submitting the application", () => {
  it("refuses an incomplete application with the problems of each missing step", async () => {
    const user = await createApplicant();
    await saveApplicationStep({ user, input: step(completeSteps("unused")[0]), now: NOW });
    const error = await rejection(submitApplication({ user, now: NOW }));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.message).toContain("Skills, Rate, Availability & timezone and Questions");
    expect(Object.keys(error.fields ?? {})).toEqual(
      expect.arrayContaining(["skills.skills", "rate.hourlyRateCents", "availability.timezone", "answers.proudestWork"]),
    );
    expect((await profileOf(user)).submittedAt).toBeNull();
  });

  it("sets submittedAt, notifies admins and emails the applicant; then a second submit and any edit are 409s", async () => {
    const [skill, admin, user] = await Promise.all([createSkill(), createAdmin(), createApplicant()]);
    await completeApplication(user, skill.id);

    const submitted = await submitApplication({ user, now: NOW });

    expect(submitted).toMatchObject({ status: "APPLIED", submittedAt: NOW, isEditable: false });
    expect(await db.notification.findMany({ where: { userId: admin.id, kind: "vetting.application-submitted" }, select: { title: true, link: true } })).toEqual(
      [{ title: "New expert application: Ada Applicant", link: `/admin/vetting/${user.expertProfileId}` }],
    );
    expect(await db.emailOutbox.count({ where: { toEmail: user.email, subject: "We received your application" } })).toBe(1);
    expect(await rejection(submitApplication({ user, now: NOW }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("submitted on") });
    expect(await rejection(saveApplicationStep({ user, input: step(completeSteps(skill.id)[2]), now: NOW }))).toMatchObject({ code: "CONFLICT" });
    expect(await rejection(updateProfile({ user, input: { isAvailable: false }, now: NOW }))).toMatchObject({ code: "CONFLICT" });
  });
});

describe("after a decision", () => {
  it("shows the applicant the rejection reason and interview but never the admins' notes or scores", async () => {
    const user = await createApplicant();
    const expertProfileId = user.expertProfileId!;
    await db.vettingDecision.create({
      data: {
        expertProfileId,
        fromStatus: "APPLIED",
        toStatus: "SCREENING",
        scores: { profile: 4 },
        notes: "Internal: strong",
        createdAt: new Date(NOW.getTime() - 9 * DAY),
      },
    });
    await db.interview.create({
      data: { expertProfileId, scheduledAt: new Date(NOW.getTime() - 5 * DAY), meetingUrl: "https://meet.example.test/old", completedAt: NOW },
    });
    await db.interview.create({ data: { expertProfileId, scheduledAt: new Date(NOW.getTime() + DAY), meetingUrl: "https://meet.example.test/next" } });
    await db.expertProfile.update({ where: { id: expertProfileId }, data: { vettingStatus: "INTERVIEW", submittedAt: new Date(NOW.getTime() - 10 * DAY) } });

    const application = await getApplication({ user, now: NOW });

    expect(application.nextInterview).toEqual({ scheduledAt: new Date(NOW.getTime() + DAY), meetingUrl: "https://meet.example.test/next" });
    expect(application.history).toEqual([{ id: expect.any(String), fromStatus: "APPLIED", toStatus: "SCREENING", reason: null, createdAt: expect.any(Date) }]);
    expect(JSON.stringify(application)).not.toContain("Internal");
  });

  it("re-applies only after the cool-off: before it a 409 with the date, after it a draft keeping the profile", async () => {
    const [skill, user] = await Promise.all([createSkill(), createApplicant()]);
    await completeApplication(user, skill.id);
    await submitApplication({ user, now: NOW });
    const reapplyAfter = new Date(NOW.getTime() + 90 * DAY);
    await db.expertProfile.update({ where: { userId: user.id }, data: { vettingStatus: "REJECTED", rejectedAt: NOW, reapplyAfter } });
    await db.vettingDecision.create({
      data: {
        expertProfileId: user.expertProfileId!,
        fromStatus: "APPLIED",
        toStatus: "REJECTED",
        reason: "We need more evidence of production work.",
        notes: "Internal",
        createdAt: NOW,
      },
    });

    expect(await getApplication({ user, now: NOW })).toMatchObject({
      canReapply: false,
      canReapplyAt: reapplyAfter,
      rejectionReason: "We need more evidence of production work.",
      rejectedAtStage: "APPLIED",
    });
    const early = await rejection(reapply({ user, now: new Date(reapplyAfter.getTime() - 1) }));
    expect(early).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Jun 1, 2031") });

    const reopened = await reapply({ user, now: reapplyAfter });

    expect(reopened).toMatchObject({ status: "APPLIED", submittedAt: null, isEditable: true, missingSteps: [] });
    expect(reopened.history[0]).toMatchObject({ fromStatus: "REJECTED", toStatus: "APPLIED" });
    expect(await rejection(reapply({ user, now: reapplyAfter }))).toMatchObject({ code: "CONFLICT" });
    await saveApplicationStep({ user, input: step(completeSteps(skill.id)[2]), now: reapplyAfter });
  });
});

describe("an approved expert's profile", () => {
  async function createApprovedExpert() {
    const [skill, user] = await Promise.all([createSkill(), createApplicant()]);
    await completeApplication(user, skill.id);
    await db.expertProfile.update({ where: { userId: user.id }, data: { vettingStatus: "APPROVED", submittedAt: NOW, approvedAt: NOW } });
    await db.expertSkill.updateMany({ where: { expertProfileId: user.expertProfileId! }, data: { verifiedAt: NOW } });
    return { user, skill };
  }

  const requestFor = (skill: { id: string; name: string }): MatchRequestProfile => ({
    id: `request-${randomUUID()}`,
    requiredSkills: [{ skillId: skill.id, name: skill.name, minYears: 0 }],
    niceToHaveSkills: [],
    budgetMinCents: 5_000,
    budgetMaxCents: 15_000,
    currency: "EUR",
    budgetTolerancePercent: 10,
    hoursPerWeek: 20,
    timezone: "Europe/Berlin",
    utcOffsetMinutes: 60,
    minOverlapHours: 0,
  });
  const candidatesFor = async (skill: { id: string; name: string }) =>
    (await findCandidates(requestFor(skill), { now: NOW })).map((candidate) => candidate.expertProfileId);

  it("changes what matching reads at once: hours, timezone, and isAvailable=false takes them out", async () => {
    const { user, skill } = await createApprovedExpert();
    expect(await candidatesFor(skill)).toEqual([user.expertProfileId]);

    await updateProfile({ user, input: { weeklyAvailableHours: 12, timezone: "Asia/Tokyo" }, now: NOW });
    const [candidate] = await findCandidates(requestFor(skill), { now: NOW });
    expect(candidate).toMatchObject({ weeklyAvailableHours: 12, timezone: "Asia/Tokyo", utcOffsetMinutes: 540 });

    await updateProfile({ user, input: { isAvailable: false }, now: NOW });
    expect(await candidatesFor(skill)).toEqual([]);
    // A change that leaves isAvailable out keeps it as it is.
    await updateProfile({ user, input: { headline: "Staff Python engineer — FastAPI" }, now: NOW });
    expect(await profileOf(user)).toMatchObject({ isAvailable: false, headline: "Staff Python engineer — FastAPI", weeklyAvailableHours: 12 });
  });

  it("adds skills unverified, removes skills, and clears verification when level or years change", async () => {
    const { user, skill } = await createApprovedExpert();
    const [added, other] = await Promise.all([createSkill(), createSkill()]);
    await db.expertSkill.create({ data: { expertProfileId: user.expertProfileId!, skillId: other.id, level: "MID", years: 3, verifiedAt: NOW } });

    const updated = await updateProfile({
      user,
      input: {
        skills: [
          { skillId: skill.id, level: "SENIOR", years: 7 },
          { skillId: added.id, level: "JUNIOR", years: 1 },
        ],
      },
      now: NOW,
    });

    expect(updated.steps.skills.skills.map(({ skillId, isVerified }) => ({ skillId, isVerified }))).toEqual([
      { skillId: skill.id, isVerified: false },
      { skillId: added.id, isVerified: false },
    ]);
    const unchanged = await updateProfile({ user, input: { skills: [{ skillId: added.id, level: "JUNIOR", years: 1 }] }, now: NOW });
    expect(unchanged.steps.skills.skills).toEqual([expect.objectContaining({ skillId: added.id })]);
    const tooLow = await refusalOf(callOperation(updateProfileOperation, user, { body: { hourlyRateCents: 5 } }));
    expect(tooLow).toMatchObject({ status: 422, code: "VALIDATION_FAILED", fields: { hourlyRateCents: expect.any(Array) } });
  });

  it("lets the expert show their name and country on public hiring pages, and take them off again", async () => {
    const { user, skill } = await createApprovedExpert();
    const { slug } = await db.skill.findUniqueOrThrow({ where: { id: skill.id }, select: { slug: true } });
    const cardOf = async () => (await getHirePage(slug))?.sampleExperts[0];
    expect(await cardOf()).toMatchObject({ kind: "anonymous", country: null });
    expect(JSON.stringify(await getHirePage(slug))).not.toContain("Ada Applicant");

    const saved = await callOperation(updateProfileOperation, user, { body: { publicProfile: true, country: "PT" } });
    expect(saved).toMatchObject({ status: 200, json: { publicProfile: true, country: "PT" } });
    expect(await cardOf()).toMatchObject({ kind: "named", name: "Ada Applicant", country: "PT" });

    const withdrawn = await callOperation(updateProfileOperation, user, { body: { publicProfile: false, country: null } });
    expect(withdrawn).toMatchObject({ status: 200, json: { publicProfile: false, country: null } });
    expect(await cardOf()).toMatchObject({ kind: "anonymous", country: null });
  });

  it("refuses a country that is not an ISO 3166-1 code, or a choice that is not true or false, with a message on the field", async () => {
    const { user } = await createApprovedExpert();
    for (const country of ["XX", "pt", "Portugal", "", 351]) {
      const refused = await refusalOf(callOperation(updateProfileOperation, user, { body: { country } }));
      expect(refused).toMatchObject({ status: 422, code: "VALIDATION_FAILED", fields: { country: [expect.stringMatching(/Choose a country from the list/)] } });
    }
    const notBoolean = await refusalOf(callOperation(updateProfileOperation, user, { body: { publicProfile: "yes" } }));
    expect(notBoolean).toMatchObject({ status: 422, fields: { publicProfile: [expect.stringMatching(/public pages/)] } });
    expect(await profileOf(user)).toMatchObject({ publicProfile: false, country: null });
  });

  it("lets only the expert themself opt in: other roles are refused, an applicant is told to wait for approval", async () => {
    const { user } = await createApprovedExpert();
    const [client, admin, applicant] = await Promise.all([createClient(), createAdmin(), createApplicant()]);
    for (const outsider of [client, admin]) {
      expect(await refusalOf(callOperation(updateProfileOperation, outsider, { body: { publicProfile: true } }))).toMatchObject({ status: 403 });
    }
    const early = await refusalOf(callOperation(updateProfileOperation, applicant, { body: { publicProfile: true, country: "PT" } }));
    expect(early).toMatchObject({ status: 409 });
    expect(await profileOf(applicant)).toMatchObject({ publicProfile: false, country: null });
    expect(await profileOf(user)).toMatchObject({ publicProfile: false, country: null });
  });
});

describe("the API", () => {
  it("answers the application and profile operations within their declared schemas", async () => {
    const [skill, user] = await Promise.all([createSkill(), createApplicant()]);
    const status = async (answer: Promise<{ status: number }>) => (await answer).status;
    expect(await status(callOperation(getApplicationOperation, user))).toBe(200);
    for (const body of completeSteps(skill.id)) expect(await status(callOperation(saveApplicationStepOperation, user, { body }))).toBe(200);
    expect(await status(callOperation(submitApplicationOperation, user, { body: {} }))).toBe(200);
    await db.expertProfile.update({ where: { userId: user.id }, data: { vettingStatus: "APPROVED", approvedAt: new Date() } });
    const saved = await callOperation(updateProfileOperation, user, { body: { weeklyAvailableHours: 25, links: { github: "https://github.com/ada" } } });
    expect(saved).toMatchObject({
      status: 200,
      json: { steps: { availability: { weeklyAvailableHours: 25 }, links: { github: "https://github.com/ada", portfolio: "" } } },
    });
  });

  it("answers a reapplication after the waiting period within its declared schema", async () => {
    const user = await createApplicant();
    const longAgo = new Date(Date.now() - 200 * DAY);
    await db.expertProfile.update({
      where: { userId: user.id },
      data: { vettingStatus: "REJECTED", rejectedAt: longAgo, reapplyAfter: new Date(Date.now() - DAY) },
    });
    expect(await callOperation(reapplyOperation, user, { body: {} })).toMatchObject({ status: 200 });
  });
});

describe("who may touch an application", () => {
  it("lets only experts in, and each call only ever reads or writes the caller's own profile", async () => {
    const [client, admin, first, second] = await Promise.all([createClient(), createAdmin(), createApplicant(), createApplicant()]);
    for (const outsider of [client, admin]) {
      await expect(getApplication({ user: outsider, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(saveApplicationStep({ user: outsider, input: step(completeSteps("unused")[0]), now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(submitApplication({ user: outsider, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(reapply({ user: outsider, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateProfile({ user: outsider, input: {}, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const firstBefore = await profileOf(first);

    const saved = await saveApplicationStep({ user: second, input: step(completeSteps("unused")[0]), now: NOW });

    expect(saved.id).toBe(second.expertProfileId);
    expect((await getApplication({ user: first, now: NOW })).id).toBe(first.expertProfileId);
    expect(await profileOf(first)).toEqual(firstBefore);
  });
});
