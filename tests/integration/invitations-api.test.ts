import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MatchStatus, RequestStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { signUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationOperation } from "@/lib/invitations/accept-invitation.operation";
import { declineInvitation } from "@/lib/invitations/decline-invitation";
import { declineInvitationOperation } from "@/lib/invitations/decline-invitation.operation";
import { getInvitation } from "@/lib/invitations/get-invitation";
import { getInvitationOperation } from "@/lib/invitations/get-invitation.operation";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { listInvitationsOperation } from "@/lib/invitations/list-invitations.operation";
import { listOutbox } from "@/lib/mailbox/list-outbox";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { cancelRequest } from "@/lib/requests/cancel-request";
import { markEmailVerified } from "../fixtures/accounts";
import { callOperation, refusalOf } from "../support/call-operation";
import { openInvitationsOutsideMatching } from "../support/open-invitations";

const PASSWORD = "correct horse battery";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const unique = (prefix: string) => `${prefix}-${randomUUID()}`;

async function createClient(): Promise<SessionUser> {
  const email = `${unique("client")}@example.test`;
  const account = await signUp({ accountType: "CLIENT", name: "Casey Client", email, password: PASSWORD, companyName: unique("Company") });
  await markEmailVerified(account.id);
  const { companyId } = await db.companyMember.findFirstOrThrow({ where: { userId: account.id }, select: { companyId: true } });
  return { id: account.id, email, name: "Casey Client", role: "CLIENT", companyId, companyRole: "OWNER", expertProfileId: null, isTwoFactorEnabled: false };
}

async function createExpert(name = "Erin Expert"): Promise<SessionUser> {
  const email = `${unique("expert")}@example.test`;
  const account = await signUp({ accountType: "EXPERT", name, email, password: PASSWORD });
  await markEmailVerified(account.id);
  const profile = await db.expertProfile.update({
    where: { userId: account.id },
    data: { vettingStatus: "APPROVED", hourlyRateCents: 9_000, timezone: "Europe/Berlin", utcOffsetMinutes: 60, weeklyAvailableHours: 30 },
    select: { id: true },
  });
  return { id: account.id, email, name, role: "EXPERT", companyId: null, companyRole: null, expertProfileId: profile.id, isTwoFactorEnabled: false };
}

async function createSkill(name: string) {
  return db.skill.create({ data: { slug: unique("skill"), name: `${name} ${randomUUID().slice(0, 8)}`, category: "Test" }, select: { id: true, name: true } });
}

async function createRequest(client: SessionUser, options: { status?: RequestStatus; description?: string } = {}) {
  const [required, niceToHave] = await Promise.all([createSkill("FastAPI"), createSkill("Postgres")]);
  const request = await db.hiringRequest.create({
    data: {
      companyId: client.companyId!,
      createdById: client.id,
      title: unique("Build an API"),
      description: options.description ?? "Design and build a FastAPI service with tests and a deploy pipeline.",
      status: options.status ?? "MATCHING",
      budgetMinCents: 8_000,
      budgetMaxCents: 12_000,
      hoursPerWeek: 20,
      durationWeeks: 8,
      startDate: new Date("2030-01-06T00:00:00Z"),
      timezone: "Europe/Berlin",
      submittedAt: new Date(),
      matchDeadline: new Date(Date.now() + 8 * HOUR),
      skills: {
        create: [
          { skillId: required.id, isRequired: true },
          { skillId: niceToHave.id, isRequired: false },
        ],
      },
    },
    select: { id: true, title: true },
  });
  return { ...request, requiredSkill: required.name, niceToHaveSkill: niceToHave.name };
}

type MatchOptions = { status?: MatchStatus; expiresInMs?: number; reasons?: string[] };

async function invite(
  requestId: string,
  expert: SessionUser,
  { status = "INVITED", expiresInMs = 2 * HOUR, reasons = ["Covers FastAPI (verified, 6 y)"] }: MatchOptions = {},
) {
  return db.match.create({
    data: {
      requestId,
      expertProfileId: expert.expertProfileId!,
      status,
      score: 0.8,
      scoreBreakdown: { total: 0.8, terms: {}, reasons },
      rank: 1,
      invitedAt: new Date(Date.now() - 10 * MINUTE),
      expiresAt: new Date(Date.now() + expiresInMs),
      ...(status === "DECLINED" && { respondedAt: new Date(), declineReason: "Booked until March" }),
    },
    select: { id: true },
  });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("listInvitations", () => {
  it("lists only the expert's own invitations: open ones soonest first, then answered, expired and closed ones", async () => {
    const client = await createClient();
    const expert = await createExpert();
    const otherExpert = await createExpert("Other Expert");
    const request = await createRequest(client);
    const laterRequest = await createRequest(client);
    const declinedRequest = await createRequest(client);
    const lapsedRequest = await createRequest(client);
    const cancelledRequest = await createRequest(client, { status: "CANCELLED" });

    const later = await invite(laterRequest.id, expert, { expiresInMs: 90 * MINUTE });
    const sooner = await invite(request.id, expert, { expiresInMs: 30 * MINUTE, reasons: ["Covers FastAPI (verified, 6 y)", "Rate $90/h, within budget"] });
    const declined = await invite(declinedRequest.id, expert, { status: "DECLINED" });
    const lapsed = await invite(lapsedRequest.id, expert, { expiresInMs: -MINUTE });
    const closed = await invite(cancelledRequest.id, expert);
    const othersInvitation = await invite(request.id, otherExpert);

    const { open, answered } = await listInvitations({ user: expert });

    expect(open.map((invitation) => invitation.id)).toEqual([sooner.id, later.id]);
    expect(open[0]).toMatchObject({
      state: "OPEN",
      reasons: ["Covers FastAPI (verified, 6 y)", "Rate $90/h, within budget"],
      request: {
        id: request.id,
        title: request.title,
        requiredSkills: [request.requiredSkill],
        niceToHaveSkills: [request.niceToHaveSkill],
        budgetMinCents: 8_000,
        budgetMaxCents: 12_000,
        currency: "USD",
        hoursPerWeek: 20,
        durationWeeks: 8,
        timezone: "Europe/Berlin",
      },
    });
    expect(open[0].request.companyName).toMatch(/^Company-/);
    const stateById = Object.fromEntries(answered.map((invitation) => [invitation.id, invitation.state]));
    expect(stateById).toEqual({ [declined.id]: "DECLINED", [lapsed.id]: "EXPIRED", [closed.id]: "CLOSED" });
    expect(answered.find((invitation) => invitation.id === declined.id)?.declineReason).toBe("Booked until March");

    const otherList = await listInvitations({ user: otherExpert });
    expect(otherList.open.map((invitation) => invitation.id)).toEqual([othersInvitation.id]);
  });

  it("shows an excerpt in the list and the whole description for one invitation", async () => {
    const client = await createClient();
    const expert = await createExpert();
    const description = `${"Long description of the work. ".repeat(30)}The end.`;
    const request = await createRequest(client, { description });
    const invitation = await invite(request.id, expert);

    const { open } = await listInvitations({ user: expert });
    expect(open[0].request.description.length).toBeLessThanOrEqual(281);
    expect(open[0].request.description.endsWith("…")).toBe(true);
    const single = await getInvitation({ user: expert, matchId: invitation.id });
    expect(single.request.description).toBe(description);
  });

  it("refuses non-experts and hides another expert's invitation", async () => {
    const client = await createClient();
    const expert = await createExpert();
    const intruder = await createExpert("Intruder");
    const invitation = await invite((await createRequest(client)).id, expert);

    expect((await rejection(listInvitations({ user: client }))).code).toBe("FORBIDDEN");
    expect((await rejection(getInvitation({ user: intruder, matchId: invitation.id }))).code).toBe("NOT_FOUND");
  });
});

describe("the API", () => {
  it("answers the invitation operations within their declared schemas", async () => {
    const client = await createClient();
    const expert = await createExpert();
    const [first, second] = [await invite((await createRequest(client)).id, expert), await invite((await createRequest(client)).id, expert)];

    const list = await callOperation(listInvitationsOperation, expert);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.json)).toContain(first.id);
    expect(await callOperation(getInvitationOperation, expert, { params: { id: first.id } })).toMatchObject({
      status: 200,
      json: { id: first.id, state: "OPEN" },
    });
    expect(await callOperation(declineInvitationOperation, expert, { params: { id: second.id }, body: { reason: "Booked until March" } })).toEqual({
      status: 200,
      json: { id: second.id, status: "DECLINED" },
    });
    const malformed = await refusalOf(callOperation(getInvitationOperation, expert, { params: { id: "x".repeat(65) } }));
    expect(malformed).toMatchObject({ status: 400, message: "The invitation id in the URL is malformed." });
  });
});

describe("acceptInvitation and declineInvitation", () => {
  it("accepts with a note, then refuses a second answer as a conflict", async () => {
    const client = await createClient();
    const expert = await createExpert();
    const invitation = await invite((await createRequest(client)).id, expert);

    // Through the API, whose edge trims the note.
    const result = await callOperation(acceptInvitationOperation, expert, {
      params: { id: invitation.id },
      body: { confirmsAvailabilityAndRate: true, note: "  Can start Monday  " },
    });

    expect(result).toEqual({ status: 200, json: { id: invitation.id, status: "ACCEPTED" } });
    const stored = await db.match.findUniqueOrThrow({ where: { id: invitation.id }, select: { status: true, responseNote: true, respondedAt: true } });
    expect(stored).toMatchObject({ status: "ACCEPTED", responseNote: "Can start Monday" });
    expect(stored.respondedAt).not.toBeNull();

    const again = await rejection(declineInvitation({ user: expert, matchId: invitation.id, input: { reason: "Changed my mind" } }));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toMatch(/already answered/);
  });

  it("declines with a reason", async () => {
    const client = await createClient();
    const expert = await createExpert();
    const invitation = await invite((await createRequest(client)).id, expert);

    expect(await declineInvitation({ user: expert, matchId: invitation.id, input: { reason: "Booked until March" } })).toEqual({
      id: invitation.id,
      status: "DECLINED",
    });
    const stored = await db.match.findUniqueOrThrow({ where: { id: invitation.id }, select: { status: true, declineReason: true } });
    expect(stored).toEqual({ status: "DECLINED", declineReason: "Booked until March" });
  });

  it("answers NOT_FOUND for another expert's invitation and changes nothing", async () => {
    const client = await createClient();
    const owner = await createExpert();
    const intruder = await createExpert("Intruder");
    const invitation = await invite((await createRequest(client)).id, owner);

    const accepting = await rejection(acceptInvitation({ user: intruder, matchId: invitation.id, input: { confirmsAvailabilityAndRate: true } }));
    const declining = await rejection(declineInvitation({ user: intruder, matchId: invitation.id, input: { reason: "Not for me" } }));

    expect([accepting.code, declining.code]).toEqual(["NOT_FOUND", "NOT_FOUND"]);
    expect(await db.match.findUniqueOrThrow({ where: { id: invitation.id }, select: { status: true } })).toEqual({ status: "INVITED" });
  });

  it("refuses an expired invitation as a conflict", async () => {
    const client = await createClient();
    const expert = await createExpert();
    const invitation = await invite((await createRequest(client)).id, expert, { expiresInMs: -MINUTE });

    const error = await rejection(acceptInvitation({ user: expert, matchId: invitation.id, input: { confirmsAvailabilityAndRate: true } }));

    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("This invitation has expired.");
  });

  it("closes the invitations still open when the third acceptance delivers the shortlist: accepting one then is a 409", async () => {
    const client = await createClient();
    const request = await createRequest(client);
    const experts = await Promise.all(["Ann", "Ben", "Cat", "Dan"].map((name) => createExpert(name)));
    const invitations = await Promise.all(experts.map((expert) => invite(request.id, expert)));

    for (const index of [0, 1, 2])
      await acceptInvitation({ user: experts[index], matchId: invitations[index].id, input: { confirmsAvailabilityAndRate: true } });

    expect(await openInvitationsOutsideMatching([request.id])).toEqual([]);
    const late = await rejection(acceptInvitation({ user: experts[3], matchId: invitations[3].id, input: { confirmsAvailabilityAndRate: true } }));
    expect(late.code).toBe("CONFLICT");
    expect(late.message).toBe("This invitation has closed: the client's shortlist is complete.");
    const { open, answered } = await listInvitations({ user: experts[3] });
    expect(open).toEqual([]);
    const closed = answered.find((invitation) => invitation.id === invitations[3].id);
    expect(closed?.state).toBe("EXPIRED");
    expect(closed!.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    const notices = await listNotifications({ user: experts[3] });
    expect(notices.notifications.map((notice) => notice.title)).toEqual([`Invitation closed: ${request.title}`]);
  });

  it("closes open invitations when the client cancels: accepting one then is a 409", async () => {
    const client = await createClient();
    const request = await createRequest(client);
    const expert = await createExpert();
    const invitation = await invite(request.id, expert);

    await cancelRequest({ user: client, requestId: request.id, now: new Date() });

    expect(await openInvitationsOutsideMatching([request.id])).toEqual([]);
    const error = await rejection(acceptInvitation({ user: expert, matchId: invitation.id, input: { confirmsAvailabilityAndRate: true } }));
    expect([error.code, error.message]).toEqual(["CONFLICT", "This invitation has closed: the client cancelled the request."]);
  });

  it.each([
    ["accept without confirming", "accept", {}, "confirmsAvailabilityAndRate", "Confirm that your availability and rate still hold."],
    [
      "accept with confirmation false",
      "accept",
      { confirmsAvailabilityAndRate: false },
      "confirmsAvailabilityAndRate",
      "Confirm that your availability and rate still hold.",
    ],
    ["accept with an oversized note", "accept", { confirmsAvailabilityAndRate: true, note: "x".repeat(1001) }, "note", "Keep the note under 1,000 characters."],
    ["decline without a reason", "decline", {}, "reason", "Tell the client briefly why."],
    ["decline with a blank reason", "decline", { reason: "   " }, "reason", "Tell the client briefly why."],
    ["decline with an oversized reason", "decline", { reason: "x".repeat(501) }, "reason", "Keep the reason under 500 characters."],
  ] as const)("rejects a bad body (%s) with the field's message and writes nothing", async (_case, answer, input, field, message) => {
    const client = await createClient();
    const expert = await createExpert();
    const invitation = await invite((await createRequest(client)).id, expert);
    const operation = answer === "accept" ? acceptInvitationOperation : declineInvitationOperation;

    const refusal = await refusalOf(callOperation(operation, expert, { params: { id: invitation.id }, body: input }));

    expect(refusal).toMatchObject({ status: 422, code: "VALIDATION_FAILED" });
    expect(refusal.fields?.[field]).toEqual([message]);
    expect(await db.match.findUniqueOrThrow({ where: { id: invitation.id }, select: { status: true } })).toEqual({ status: "INVITED" });
  });
});

describe("notifications", () => {
  async function notify(user: SessionUser, title: string, createdAt: Date, readAt: Date | null = null) {
    return db.notification.create({
      data: { userId: user.id, kind: "test", title, body: "Body", link: "/expert/invitations", createdAt, readAt },
      select: { id: true },
    });
  }

  it("lists the user's own notifications newest first with the unread count", async () => {
    const expert = await createExpert();
    const other = await createExpert("Other");
    const older = await notify(expert, "Older", new Date(Date.now() - HOUR));
    const newer = await notify(expert, "Newer", new Date());
    const read = await notify(expert, "Read", new Date(Date.now() - 2 * HOUR), new Date());
    await notify(other, "Someone else's", new Date());

    const list = await listNotifications({ user: expert });

    expect(list.notifications.map((item) => item.id)).toEqual([newer.id, older.id, read.id]);
    expect(list.unreadCount).toBe(2);
    expect((await listNotifications({ user: expert, limit: 1 })).notifications).toHaveLength(1);
  });

  it("marks the listed ones, or all, as read; another user's ids change nothing", async () => {
    const expert = await createExpert();
    const other = await createExpert("Other");
    const first = await notify(expert, "First", new Date());
    await notify(expert, "Second", new Date());
    const othersNotification = await notify(other, "Not yours", new Date());

    expect(await markNotificationsRead({ user: expert, ids: [othersNotification.id] })).toEqual({ updated: 0 });
    expect(await markNotificationsRead({ user: expert, ids: [first.id] })).toEqual({ updated: 1 });
    expect((await listNotifications({ user: expert })).unreadCount).toBe(1);
    expect(await markNotificationsRead({ user: expert })).toEqual({ updated: 1 });
    expect((await listNotifications({ user: expert })).unreadCount).toBe(0);
    expect((await listNotifications({ user: other })).unreadCount).toBe(1);
  });
});

describe("listOutbox (development mailbox)", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("lists one recipient's emails newest first, and does not exist in production", async () => {
    const toEmail = `${unique("mailbox")}@example.test`;
    await db.emailOutbox.create({ data: { toEmail, subject: "First", text: "One", createdAt: new Date(Date.now() - MINUTE) } });
    await db.emailOutbox.create({ data: { toEmail, subject: "Second", text: "Two" } });

    expect((await listOutbox({ toEmail: toEmail.toUpperCase() })).map((email) => email.subject)).toEqual(["Second", "First"]);

    vi.stubEnv("NODE_ENV", "production");
    expect((await rejection(listOutbox({ toEmail }))).code).toBe("NOT_FOUND");
  });
});
