import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { MatchStatus } from "@/generated/prisma/enums";
import { parseInput } from "@/lib/api/parse-input";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { createRequestBodySchema, draftChangesSchema, requestIdFromParams } from "@/lib/requests/api-schemas";
import { cancelRequest } from "@/lib/requests/cancel-request";
import { cancelRequestOperation } from "@/lib/requests/cancel-request.operation";
import { createRequest as createParsedRequest } from "@/lib/requests/create-request";
import { createRequestOperation } from "@/lib/requests/create-request.operation";
import { getRequest } from "@/lib/requests/get-request";
import { listRequests } from "@/lib/requests/list-requests";
import { submitRequest } from "@/lib/requests/submit-request";
import { submitRequestOperation } from "@/lib/requests/submit-request.operation";
import { updateDraft as updateParsedDraft } from "@/lib/requests/update-draft";
import { updateDraftOperation } from "@/lib/requests/update-draft.operation";
import { callOperation } from "../support/call-operation";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const unique = (prefix: string) => `${prefix}-${randomUUID()}`;

// As the API and the wizard call them: the body parsed at the edge first (a refusal rejects the promise).
type Parsed<F extends (options: never) => unknown> = Parameters<F>[0];
const createRequest = async (options: Omit<Parsed<typeof createParsedRequest>, "input"> & { input: unknown }) =>
  createParsedRequest({ ...options, input: parseInput(createRequestBodySchema, options.input, "The request") });
const updateDraft = async (options: Omit<Parsed<typeof updateParsedDraft>, "input"> & { input: unknown }) =>
  updateParsedDraft({ ...options, input: parseInput(draftChangesSchema, options.input, "The draft") });

async function createClient(): Promise<SessionUser> {
  const email = `${unique("client")}@example.test`;
  const company = await db.company.create({
    data: {
      name: unique("Company"),
      members: {
        create: { role: "OWNER", user: { create: { email, name: "Casey Client", passwordHash: "unused", role: "CLIENT", emailVerifiedAt: new Date() } } },
      },
    },
    select: { id: true, members: { select: { userId: true } } },
  });
  return {
    id: company.members[0].userId,
    email,
    name: "Casey Client",
    role: "CLIENT",
    companyId: company.id,
    companyRole: "OWNER",
    expertProfileId: null,
    isTwoFactorEnabled: false,
  };
}

async function createUser(role: "EXPERT" | "ADMIN", name = "Erin Expert"): Promise<SessionUser> {
  const email = `${unique(role.toLowerCase())}@example.test`;
  const user = await db.user.create({
    data: {
      email,
      name,
      emailVerifiedAt: new Date(),
      passwordHash: "unused",
      role,
      ...(role === "EXPERT" && {
        expertProfile: { create: { vettingStatus: "APPROVED", headline: `${name}, backend engineer`, hourlyRateCents: 9000, timezone: "Europe/Berlin" } },
      }),
    },
    select: { id: true, expertProfile: { select: { id: true } } },
  });
  return { id: user.id, email, name, role, companyId: null, companyRole: null, expertProfileId: user.expertProfile?.id ?? null, isTwoFactorEnabled: false };
}

async function createSkills(count: number) {
  return Promise.all(
    Array.from({ length: count }, () => {
      const name = unique("Skill");
      return db.skill.create({ data: { name, slug: name.toLowerCase(), category: "Test" }, select: { id: true, name: true } });
    }),
  );
}

async function completeRequest() {
  const [python, postgres, docker] = await createSkills(3);
  return {
    title: "Async FastAPI backend for claims",
    description: "Build an async FastAPI service that ingests insurance claims, validates them and stores them in PostgreSQL.",
    requiredSkills: [{ skillId: python.id, minYears: 3 }, { skillId: postgres.id }],
    niceToHaveSkillIds: [docker.id],
    engagement: "FIXED_PRICE",
    currency: "EUR",
    budgetMinCents: 6_000,
    budgetMaxCents: 9_500,
    startDate: new Date(Date.now() + 7 * DAY).toISOString(),
    durationWeeks: 8,
    hoursPerWeek: 30,
    timezone: "Europe/Berlin",
    minOverlapHours: 3,
  };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  return promise.then(
    () => expect.fail("expected the call to be rejected"),
    (error: AppError) => error,
  );
}

const jobsOf = (requestId: string) =>
  db.job.findMany({ where: { payload: { path: ["requestId"], equals: requestId } }, select: { kind: true, runAt: true }, orderBy: { runAt: "asc" } });

async function addMatch(requestId: string, status: MatchStatus, name: string, reasons: string[] = []) {
  const expert = await createUser("EXPERT", name);
  await db.match.create({
    data: {
      requestId,
      expertProfileId: expert.expertProfileId!,
      status,
      score: 0.8,
      scoreBreakdown: { total: 0.8, terms: {}, reasons },
      rank: 1,
      expiresAt: new Date(Date.now() + HOUR),
    },
  });
  return expert;
}

describe("raising a request", () => {
  it("saves a draft, keeps untouched fields on update, and stores nothing in the queue", async () => {
    const client = await createClient();
    const [skill] = await createSkills(1);
    const now = new Date();
    const draft = await createRequest({ user: client, input: { title: "Data pipeline help", currency: "GBP" }, now });
    expect(draft).toEqual({ id: expect.any(String), status: "DRAFT", matchDeadline: null });

    await updateDraft({ user: client, requestId: draft.id, input: { description: "A".repeat(40), requiredSkills: [{ skillId: skill.id, minYears: 2 }] } });

    const stored = await db.hiringRequest.findUniqueOrThrow({ where: { id: draft.id }, include: { skills: true } });
    expect(stored).toMatchObject({ title: "Data pipeline help", currency: "GBP", description: "A".repeat(40), status: "DRAFT", submittedAt: null });
    expect(stored.skills).toEqual([expect.objectContaining({ skillId: skill.id, isRequired: true, minYears: 2 })]);
    expect(await jobsOf(draft.id)).toEqual([]);
  });

  it("submits a draft: MATCHING, deadline exactly 8 h after submission, three timers; a second submit is a 409", async () => {
    const client = await createClient();
    const draft = await createRequest({ user: client, input: await completeRequest(), now: new Date() });
    const submittedAt = new Date(Date.now() + 5 * 60_000);

    const { matchDeadline } = await submitRequest({ user: client, requestId: draft.id, now: submittedAt });

    expect(matchDeadline.getTime()).toBe(submittedAt.getTime() + 8 * HOUR);
    const stored = await db.hiringRequest.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored).toMatchObject({ status: "MATCHING", submittedAt, matchDeadline });
    expect(await jobsOf(draft.id)).toEqual([
      { kind: "matching.invite-round", runAt: submittedAt },
      { kind: "matching.at-risk", runAt: new Date(submittedAt.getTime() + 6 * HOUR) },
      { kind: "matching.deadline", runAt: matchDeadline },
    ]);
    expect((await rejection(submitRequest({ user: client, requestId: draft.id, now: submittedAt }))).code).toBe("CONFLICT");
    expect(await jobsOf(draft.id)).toHaveLength(3);
  });

  it("creates and submits in one call with submit: true", async () => {
    const client = await createClient();
    const now = new Date();
    const created = await createRequest({ user: client, input: { ...(await completeRequest()), submit: true }, now });
    expect(created).toEqual({ id: expect.any(String), status: "MATCHING", matchDeadline: new Date(now.getTime() + 8 * HOUR) });
    expect((await jobsOf(created.id)).map((job) => job.kind).sort()).toEqual(["matching.at-risk", "matching.deadline", "matching.invite-round"]);
  });

  it("creates one request for one Idempotency-Key, however often and however concurrently it is retried", async () => {
    const client = await createClient();
    const input = { ...(await completeRequest()), submit: true };
    const idempotencyKey = randomUUID();
    const attempts = await Promise.all([1, 2, 3, 4].map(() => createRequest({ user: client, input, now: new Date(), idempotencyKey })));
    const later = await createRequest({ user: client, input, now: new Date(), idempotencyKey });
    expect(new Set([...attempts, later].map((attempt) => attempt.id)).size).toBe(1);
    expect(later).toEqual({ id: attempts[0].id, status: "MATCHING", matchDeadline: attempts[0].matchDeadline });
    expect(await db.hiringRequest.count({ where: { createdById: client.id } })).toBe(1);
    // One request, so one set of matching timers: a second submit would have scheduled its own.
    expect((await jobsOf(later.id)).map((job) => job.kind).sort()).toEqual(["matching.at-risk", "matching.deadline", "matching.invite-round"]);
    // The key is the sender's own: a colleague using the same one raises their own request.
    const colleague = await createClient();
    expect((await createRequest({ user: colleague, input, now: new Date(), idempotencyKey })).id).not.toBe(later.id);
    // Without a key, each call is a new request.
    await createRequest({ user: client, input, now: new Date() });
    expect(await db.hiringRequest.count({ where: { createdById: client.id } })).toBe(2);
  });

  it("refuses to submit an incomplete draft, with field messages, and leaves it a draft", async () => {
    const client = await createClient();
    const draft = await createRequest({ user: client, input: { title: "Only a title so far" }, now: new Date() });
    const error = await rejection(submitRequest({ user: client, requestId: draft.id, now: new Date() }));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.fields ?? {})).toEqual(expect.arrayContaining(["description", "requiredSkills", "budgetMaxCents", "timezone"]));
    expect(await db.hiringRequest.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } })).toEqual({ status: "DRAFT" });
    expect(await jobsOf(draft.id)).toEqual([]);
  });
});

describe("bad input", () => {
  const cases: [string, (input: Awaited<ReturnType<typeof completeRequest>>) => Record<string, unknown>, string][] = [
    ["an unknown required skill", (input) => ({ ...input, requiredSkills: [{ skillId: "no-such-skill", minYears: 1 }] }), "requiredSkills"],
    ["an unknown nice-to-have skill", (input) => ({ ...input, niceToHaveSkillIds: ["no-such-skill"] }), "niceToHaveSkillIds"],
    ["a negative budget", (input) => ({ ...input, budgetMinCents: -500 }), "budgetMinCents"],
    ["an absurd budget", (input) => ({ ...input, budgetMaxCents: 50_000_000 }), "budgetMaxCents"],
    ["a budget minimum above its maximum", (input) => ({ ...input, budgetMinCents: 9_000, budgetMaxCents: 8_000 }), "budgetMinCents"],
    ["a start date in the past", (input) => ({ ...input, startDate: new Date(Date.now() - 3 * DAY).toISOString() }), "startDate"],
    ["an oversized title", (input) => ({ ...input, title: "T".repeat(121) }), "title"],
    ["an oversized description", (input) => ({ ...input, description: "D".repeat(5001) }), "description"],
    ["an unknown timezone", (input) => ({ ...input, timezone: "Mars/Olympus_Mons" }), "timezone"],
    ["a skill both required and nice to have", (input) => ({ ...input, niceToHaveSkillIds: [input.requiredSkills[0].skillId] }), "niceToHaveSkillIds"],
  ];

  it.each(cases)("rejects %s with a field message and writes nothing", async (_name, change, field) => {
    const client = await createClient();
    const input = change(await completeRequest());
    const writes = async () => ({
      requests: await db.hiringRequest.count({ where: { companyId: client.companyId! } }),
      audit: await db.auditLog.count({ where: { actorId: client.id } }),
    });
    for (const submit of [true, false]) {
      const error = await rejection(createRequest({ user: client, input: { ...input, submit }, now: new Date() }));
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.fields?.[field]?.[0]).toEqual(expect.any(String));
    }
    expect(await writes()).toEqual({ requests: 0, audit: 0 });
  });

  it("rejects a bad change to a draft and leaves the draft as it was", async () => {
    const client = await createClient();
    const input = await completeRequest();
    const draft = await createRequest({ user: client, input, now: new Date() });
    const before = await db.hiringRequest.findUniqueOrThrow({ where: { id: draft.id }, include: { skills: true } });

    for (const change of [
      { budgetMinCents: 20_000 },
      { requiredSkills: [{ skillId: "no-such-skill", minYears: 0 }] },
      { title: "" },
      { timezone: "Nowhere/Else" },
    ]) {
      expect((await rejection(updateDraft({ user: client, requestId: draft.id, input: change }))).code).toBe("VALIDATION_FAILED");
    }
    expect(await db.hiringRequest.findUniqueOrThrow({ where: { id: draft.id }, include: { skills: true } })).toEqual(before);
  });

  it("rejects a malformed id in the URL", () => {
    expect(() => requestIdFromParams({ id: "" })).toThrow(/malformed/);
    expect(() => requestIdFromParams({ id: "x".repeat(65) })).toThrow(/malformed/);
    expect(requestIdFromParams({ id: "cm1234" })).toBe("cm1234");
  });
});

describe("who may do what", () => {
  it("answers another company's member with 404 on every operation, and lists only their own", async () => {
    const owner = await createClient();
    const stranger = await createClient();
    const draft = await createRequest({ user: owner, input: await completeRequest(), now: new Date() });
    const now = new Date();
    for (const attempt of [
      () => getRequest({ user: stranger, requestId: draft.id, now }),
      () => updateDraft({ user: stranger, requestId: draft.id, input: { title: "Taken over by someone else" } }),
      () => submitRequest({ user: stranger, requestId: draft.id, now }),
      () => cancelRequest({ user: stranger, requestId: draft.id, now }),
    ]) {
      expect((await rejection(attempt())).code).toBe("NOT_FOUND");
    }
    expect((await listRequests({ user: stranger })).requests).toEqual([]);
    expect(await db.hiringRequest.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, title: true } })).toEqual({
      status: "DRAFT",
      title: "Async FastAPI backend for claims",
    });
  });

  it("forbids experts and admins every client operation", async () => {
    const owner = await createClient();
    const draft = await createRequest({ user: owner, input: { title: "Someone's draft" }, now: new Date() });
    const now = new Date();
    for (const user of [await createUser("EXPERT"), await createUser("ADMIN", "Ada Admin")]) {
      for (const attempt of [
        () => createRequest({ user, input: { title: "Not allowed" }, now }),
        () => listRequests({ user }),
        () => getRequest({ user, requestId: draft.id, now }),
        () => updateDraft({ user, requestId: draft.id, input: { title: "Not allowed either" } }),
        () => submitRequest({ user, requestId: draft.id, now }),
        () => cancelRequest({ user, requestId: draft.id, now }),
      ]) {
        expect((await rejection(attempt())).code).toBe("FORBIDDEN");
      }
    }
  });
});

describe("following a request", () => {
  it("shows progress as counts while matching, and names only the delivered shortlist with its reasons", async () => {
    const client = await createClient();
    const submittedAt = new Date();
    const request = await createRequest({ user: client, input: { ...(await completeRequest()), submit: true }, now: submittedAt });
    await addMatch(request.id, "ACCEPTED", "Avery Accepted");
    await addMatch(request.id, "ACCEPTED", "Blake Accepted");
    await addMatch(request.id, "INVITED", "Ira Invited");
    await addMatch(request.id, "DECLINED", "Dana Declined");
    await addMatch(request.id, "EXPIRED", "Eli Expired");

    const matching = await getRequest({ user: client, requestId: request.id, now: new Date(submittedAt.getTime() + 2 * HOUR + 48 * 60_000) });
    expect(matching.progress).toEqual({
      acceptedCount: 2,
      shortlistSize: 3,
      pendingInvitationCount: 1,
      invitedCount: 5,
      unavailableCount: 2,
      millisecondsLeft: 5 * HOUR + 12 * 60_000,
    });
    expect(matching.shortlist).toEqual([]);
    expect(JSON.stringify(matching)).not.toMatch(/Avery|Blake|Ira|Dana|Eli/);

    await db.match.updateMany({
      where: { requestId: request.id, status: "ACCEPTED" },
      data: { status: "SHORTLISTED", scoreBreakdown: { total: 0.8, terms: {}, reasons: ["Covers FastAPI (verified, 6 y)", "Rate €90/h, within budget"] } },
    });
    await db.hiringRequest.update({ where: { id: request.id }, data: { status: "MATCHED", shortlistedAt: new Date() } });
    const matched = await getRequest({ user: client, requestId: request.id, now: new Date(submittedAt.getTime() + 9 * HOUR) });
    expect(matched.progress.millisecondsLeft).toBe(0);
    expect(matched.shortlist.map((entry) => entry.expert.name).sort()).toEqual(["Avery Accepted", "Blake Accepted"]);
    expect(matched.shortlist[0]).toMatchObject({
      status: "SHORTLISTED",
      reasons: ["Covers FastAPI (verified, 6 y)", "Rate €90/h, within budget"],
      expert: { headline: expect.stringContaining("backend engineer"), hourlyRateCents: 9000, timezone: "Europe/Berlin" },
    });
    expect(JSON.stringify(matched)).not.toMatch(/Dana Declined|Eli Expired|Ira Invited/);
  });

  it("reads back every field as saved; the shortlist puts the requested skills first and links the chat only for its participant", async () => {
    const client = await createClient();
    const colleague = {
      ...client,
      id: (await db.user.create({ data: { email: `${unique("colleague")}@example.test`, name: "Cole League", passwordHash: "unused", role: "CLIENT" } })).id,
    };
    await db.companyMember.create({ data: { companyId: client.companyId!, userId: colleague.id } });
    const input = await completeRequest();
    const request = await createRequest({ user: client, input: { ...input, submit: true }, now: new Date() });
    const expert = await addMatch(request.id, "SHORTLISTED", "Sam Shortlisted", ["Covers the stack"]);
    const [other] = await createSkills(1);
    await db.expertSkill.createMany({
      data: [
        { expertProfileId: expert.expertProfileId!, skillId: other.id, level: "EXPERT", years: 12 },
        { expertProfileId: expert.expertProfileId!, skillId: input.requiredSkills[1].skillId, level: "MID", years: 3 },
        { expertProfileId: expert.expertProfileId!, skillId: input.requiredSkills[0].skillId, level: "SENIOR", years: 6, verifiedAt: new Date() },
      ],
    });
    const match = await db.match.findFirstOrThrow({ where: { requestId: request.id }, select: { id: true } });
    const conversation = await db.conversation.create({
      data: { requestId: request.id, matchId: match.id, participants: { create: [{ userId: client.id }, { userId: expert.id }] } },
    });
    const contract = await db.contract.create({
      data: {
        requestId: request.id,
        matchId: match.id,
        companyId: client.companyId!,
        clientUserId: client.id,
        expertProfileId: expert.expertProfileId!,
        title: "Claims API",
        totalCents: 9_000,
      },
    });
    const stored = await db.hiringRequest.findUniqueOrThrow({ where: { id: request.id } });
    const skillNames = new Map(
      (await db.skill.findMany({ where: { id: { in: [...input.requiredSkills.map((skill) => skill.skillId), ...input.niceToHaveSkillIds] } } })).map(
        (skill) => [skill.id, skill.name],
      ),
    );

    const detail = await getRequest({ user: client, requestId: request.id, now: new Date() });

    expect(detail).toMatchObject({
      id: request.id,
      title: input.title,
      description: input.description,
      status: "MATCHING",
      engagement: "FIXED_PRICE",
      currency: "EUR",
      budgetMinCents: 6_000,
      budgetMaxCents: 9_500,
      startDate: stored.startDate,
      durationWeeks: 8,
      hoursPerWeek: 30,
      timezone: "Europe/Berlin",
      minOverlapHours: 3,
      createdAt: stored.createdAt,
      submittedAt: stored.submittedAt,
      matchDeadline: stored.matchDeadline,
      shortlistedAt: null,
      cancelledAt: null,
    });
    expect(detail.startDate).toBeInstanceOf(Date);
    expect(detail.requiredSkills).toEqual(
      input.requiredSkills
        .map((skill) => ({ skillId: skill.skillId, name: skillNames.get(skill.skillId), minYears: skill.minYears ?? 0 }))
        .sort((a, b) => a.name!.localeCompare(b.name!)),
    );
    expect(detail.niceToHaveSkills).toEqual(input.niceToHaveSkillIds.map((skillId) => ({ skillId, name: skillNames.get(skillId) })));
    expect(detail.shortlist).toEqual([
      {
        matchId: match.id,
        status: "SHORTLISTED",
        isHandPicked: false,
        conversationId: conversation.id,
        contractId: contract.id,
        reasons: ["Covers the stack"],
        expert: {
          profileId: expert.expertProfileId,
          photoUrl: null,
          name: "Sam Shortlisted",
          headline: "Sam Shortlisted, backend engineer",
          hourlyRateCents: 9000,
          currency: "USD",
          isPayoutReady: false,
          timezone: "Europe/Berlin",
          skills: [
            { name: skillNames.get(input.requiredSkills[0].skillId), level: "SENIOR", years: 6, isVerified: true, isRequested: true },
            { name: skillNames.get(input.requiredSkills[1].skillId), level: "MID", years: 3, isVerified: false, isRequested: true },
            { name: other.name, level: "EXPERT", years: 12, isVerified: false, isRequested: false },
          ],
        },
      },
    ]);
    const seenByColleague = await getRequest({ user: colleague, requestId: request.id, now: new Date() });
    expect(seenByColleague.shortlist[0]).toMatchObject({ matchId: match.id, conversationId: null, contractId: contract.id });
  });

  it("lists the company's requests newest first, filtered by status, a page at a time, with match counts", async () => {
    const client = await createClient();
    const start = Date.now();
    const ids: string[] = [];
    for (let index = 0; index < 3; index++) {
      ids.push((await createRequest({ user: client, input: { title: `Request number ${index}` }, now: new Date(start + index * 1000) })).id);
    }
    const submitted = await createRequest({ user: client, input: { ...(await completeRequest()), submit: true }, now: new Date(start + 5000) });
    await addMatch(submitted.id, "INVITED", "Ira Invited");

    const first = await listRequests({ user: client, query: { limit: "2" } });
    expect(first.requests.map((request) => request.id)).toEqual([submitted.id, ids[2]]);
    expect(first.requests[0].matchCounts).toMatchObject({ INVITED: 1, ACCEPTED: 0 });
    const second = await listRequests({ user: client, query: { limit: "2", cursor: first.nextCursor } });
    expect(second).toMatchObject({ requests: [{ id: ids[1] }, { id: ids[0] }], nextCursor: null });
    expect((await listRequests({ user: client, query: { status: "MATCHING" } })).requests.map((request) => request.id)).toEqual([submitted.id]);
    expect((await rejection(listRequests({ user: client, query: { status: "NOPE" } }))).code).toBe("VALIDATION_FAILED");
  });
});

describe("cancelling", () => {
  it("cancels a request being matched: open invitations expire, experts are told, the action is audited", async () => {
    const client = await createClient();
    const request = await createRequest({ user: client, input: { ...(await completeRequest()), submit: true }, now: new Date() });
    const invited = await addMatch(request.id, "INVITED", "Ira Invited");
    await addMatch(request.id, "ACCEPTED", "Avery Accepted");
    const now = new Date();

    expect(await cancelRequest({ user: client, requestId: request.id, now })).toEqual({
      id: request.id,
      status: "CANCELLED",
      cancelledAt: now,
      expiredInvitations: 1,
    });

    expect(await db.hiringRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true, cancelledAt: true } })).toEqual({
      status: "CANCELLED",
      cancelledAt: now,
    });
    const statuses = await db.match.findMany({ where: { requestId: request.id }, select: { status: true }, orderBy: { status: "asc" } });
    expect(statuses.map((match) => match.status)).toEqual(["ACCEPTED", "EXPIRED"]);
    expect(await db.notification.count({ where: { userId: invited.id, kind: "request.cancelled" } })).toBe(1);
    expect(await db.auditLog.findFirst({ where: { targetId: request.id, action: "request.cancelled" }, select: { actorId: true, data: true } })).toEqual({
      actorId: client.id,
      data: { from: "MATCHING", expiredInvitations: 1 },
    });
    expect((await rejection(cancelRequest({ user: client, requestId: request.id, now }))).code).toBe("CONFLICT");
    expect((await rejection(submitRequest({ user: client, requestId: request.id, now }))).code).toBe("CONFLICT");
  });

  it("cancels drafts and matched requests, but not hired or closed ones", async () => {
    const client = await createClient();
    const now = new Date();
    for (const status of ["DRAFT", "MATCHED"] as const) {
      const request = await createRequest({ user: client, input: { title: `A ${status.toLowerCase()} request` }, now });
      await db.hiringRequest.update({ where: { id: request.id }, data: { status } });
      expect((await cancelRequest({ user: client, requestId: request.id, now })).status).toBe("CANCELLED");
    }
    for (const status of ["HIRED", "CLOSED"] as const) {
      const request = await createRequest({ user: client, input: { title: `A ${status.toLowerCase()} request` }, now });
      await db.hiringRequest.update({ where: { id: request.id }, data: { status } });
      expect((await rejection(cancelRequest({ user: client, requestId: request.id, now }))).code).toBe("CONFLICT");
      expect(await db.hiringRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true } })).toEqual({ status });
    }
  });
});

describe("the API", () => {
  it("answers the draft, submit and cancel operations within their declared schemas", async () => {
    const client = await createClient();
    const created = await callOperation(createRequestOperation, client, { body: { title: "Through the API" } });
    expect(created).toMatchObject({ status: 201, json: { status: "DRAFT" } });
    const id = String(created.json.id);
    const { title: _title, ...rest } = await completeRequest();
    expect(await callOperation(updateDraftOperation, client, { params: { id }, body: rest })).toMatchObject({ status: 200 });
    expect(await callOperation(submitRequestOperation, client, { params: { id } })).toMatchObject({ status: 200, json: { matchDeadline: expect.any(String) } });
    expect(await callOperation(cancelRequestOperation, client, { params: { id } })).toMatchObject({ status: 200 });
  });
});
