import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { proposeContract } from "@/lib/contracts/propose-contract";
import { respondToProposal } from "@/lib/contracts/respond-to-proposal";
import { db } from "@/lib/db";
import { AppError, type ErrorCode } from "@/lib/errors";
import { cancelInterview } from "@/lib/interviews/cancel-interview";
import { proposeInterview, rescheduleInterview } from "@/lib/interviews/offer-times";
import { pickInterviewSlot } from "@/lib/interviews/pick-interview-slot";
import { remindInterview } from "@/lib/interviews/remind-interview";
import { requestOtherTimes } from "@/lib/interviews/request-other-times";
import { fromLocalInput } from "@/lib/interviews/zoned-time";
import { closeInterviewsOfDeletedExpert, interviewsSection } from "@/lib/privacy/export-sections-interviews";
import { cancelRequest } from "@/lib/requests/cancel-request";
import { createShortlistedRequest } from "../fixtures/chat";
import { proposal } from "../fixtures/contracts";
import { createApprovedExperts, createClient, createSkill } from "../fixtures/matching";
import { addColleague } from "../fixtures/teams";

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";
const CALL_URL = "https://meet.example.com/abc-defg-hij";

async function expectCode(promise: Promise<unknown>, code: ErrorCode) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error, `expected ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code, (error as AppError).message).toBe(code);
  return error as AppError;
}

/** "YYYY-MM-DDTHH:00" a number of days from now: a wall-clock time in whatever zone it is read in. */
function localDay(days: number, hour: number) {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, "0")}:00`;
}

async function shortlistedInterview() {
  const { client, experts, requestId } = await createShortlistedRequest(1);
  const expert = experts[0];
  await db.expertProfile.update({ where: { id: expert.expertProfileId as string }, data: { timezone: NEW_YORK } });
  const match = await db.match.findFirstOrThrow({ where: { requestId, expertProfileId: expert.expertProfileId as string }, select: { id: true } });
  return { client, expert, requestId, matchId: match.id };
}

const threeSlots = [
  { startsAt: localDay(4, 15), durationMinutes: 45 },
  { startsAt: localDay(5, 10), durationMinutes: 30 },
  { startsAt: localDay(6, 16), durationMinutes: 60 },
];
const propose = (user: SessionUser, matchId: string, slots = threeSlots) =>
  proposeInterview({ user, matchId, input: { timeZone: BERLIN, slots, callUrl: CALL_URL, note: "Bring questions about the API." }, now: new Date() });
const pick = (user: SessionUser, matchId: string, startsAt: string) => pickInterviewSlot({ user, matchId, input: { startsAt }, now: new Date() });

const emailsTo = (email: string, subjectPart: string) =>
  db.emailOutbox.findMany({
    where: { toEmail: email, subject: { contains: subjectPart } },
    select: { subject: true, text: true, attachments: true },
    orderBy: { createdAt: "asc" },
  });
const icsOf = (attachments: unknown) => ((attachments as { content: string }[] | null)?.[0]?.content ?? "").replace(/\r?\n[ \t]/g, "");
const reminderJobs = (interviewId: string) =>
  db.job.findMany({ where: { kind: "interviews.remind", payload: { path: ["interviewId"], equals: interviewId } }, select: { runAt: true, payload: true } });

describe("proposing an interview and picking a time", () => {
  it("shows the client's Berlin times to the expert in New York, confirms the picked one with a calendar invite to both, and queues the reminder", async () => {
    const { client, expert, requestId, matchId } = await shortlistedInterview();
    const proposed = await propose(client, matchId);
    expect(proposed).toMatchObject({ state: "PROPOSED", proposedBySide: "CLIENT", isViewersTurn: false, timeZone: BERLIN, callUrl: CALL_URL });
    expect(proposed.slots.map((slot) => slot.label)[0]).toMatch(/, 15:00–15:45 \(Europe\/Berlin\)$/);

    const [offered] = await db.notification.findMany({ where: { userId: expert.id, kind: "interview.proposed" }, select: { body: true, link: true } });
    const firstStart = fromLocalInput(threeSlots[0].startsAt, BERLIN) as Date;
    const newYorkHour = new Intl.DateTimeFormat("en-GB", { timeZone: NEW_YORK, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(firstStart);
    expect(offered.body).toContain(`${newYorkHour}–`);
    expect(offered.body).toContain("(America/New York)");
    expect(offered.link).toBe("/expert/invitations");

    const confirmed = await pick(expert, matchId, proposed.slots[0].startsAt);
    expect(confirmed).toMatchObject({ state: "CONFIRMED", timeZone: NEW_YORK, isViewersTurn: false });
    expect(confirmed.confirmed?.label).toContain(newYorkHour);

    for (const email of [client.email, expert.email]) {
      const [mail] = await emailsTo(email, "Interview confirmed");
      const ics = icsOf(mail.attachments);
      expect(ics).toContain("METHOD:REQUEST");
      expect(ics).toContain("SEQUENCE:0");
      expect(ics).toContain(`DTSTART:${firstStart.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`);
      expect(ics).toContain(`LOCATION:${CALL_URL}`);
      expect(mail.text).toContain(CALL_URL);
    }
    const jobs = await reminderJobs(confirmed.id);
    expect(jobs.map((job) => job.runAt.toISOString())).toEqual([new Date(firstStart.getTime() - 3_600_000).toISOString()]);
    const audit = await db.auditLog.findMany({ where: { targetId: requestId, action: { startsWith: "interview." } }, select: { action: true } });
    expect(audit.map((entry) => entry.action).sort()).toEqual(["interview.confirmed", "interview.proposed"]);
  });

  it("answers a second pick (a double click) with a 409, and of two concurrent picks exactly one wins", async () => {
    const { client, expert, matchId } = await shortlistedInterview();
    const proposed = await propose(client, matchId);
    await pick(expert, matchId, proposed.slots[0].startsAt);
    const twice = await expectCode(pick(expert, matchId, proposed.slots[0].startsAt), "CONFLICT");
    expect(twice.message).toMatch(/already confirmed/);

    const second = await shortlistedInterview();
    const offered = await propose(second.client, second.matchId);
    const results = await Promise.allSettled([
      pick(second.expert, second.matchId, offered.slots[0].startsAt),
      pick(second.expert, second.matchId, offered.slots[1].startsAt),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [lost] = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect((lost.reason as AppError).code).toBe("CONFLICT");
    const confirmedMails = await emailsTo(second.expert.email, "Interview confirmed");
    expect(confirmedMails).toHaveLength(1);
  });

  it("refuses a time that is not offered, the proposer's own pick, and times in the past or overlapping", async () => {
    const { client, expert, matchId } = await shortlistedInterview();
    await expectCode(propose(client, matchId, [{ startsAt: "2020-01-01T10:00", durationMinutes: 30 }]), "VALIDATION_FAILED");
    const overlap = await expectCode(
      propose(client, matchId, [
        { startsAt: localDay(4, 15), durationMinutes: 60 },
        { startsAt: `${localDay(4, 15).slice(0, 11)}15:30`, durationMinutes: 30 },
      ]),
      "VALIDATION_FAILED",
    );
    expect(overlap.fields).toEqual({ "slots.1.startsAt": ["This time overlaps another one you offered."] });
    const proposed = await propose(client, matchId);
    await expectCode(pick(client, matchId, proposed.slots[0].startsAt), "CONFLICT");
    await expectCode(pick(expert, matchId, new Date(Date.now() + 9 * 86_400_000).toISOString()), "CONFLICT");
    await expectCode(propose(client, matchId), "CONFLICT");
  });
});

describe("who takes part", () => {
  it("lets only the request's members who manage requests and the shortlisted expert act; nobody else finds it", async () => {
    const { client, expert, matchId } = await shortlistedInterview();
    const finance = await addColleague(client.companyId as string, "FINANCE");
    const manager = await addColleague(client.companyId as string, "HIRING_MANAGER");
    const outsider = await createClient();
    const [otherExpert] = await createApprovedExperts((await createSkill()).id, 1);

    await expectCode(propose(finance, matchId), "FORBIDDEN");
    await expectCode(propose(outsider, matchId), "NOT_FOUND");
    await expectCode(
      proposeInterview({ user: expert, matchId, input: { timeZone: NEW_YORK, slots: threeSlots, callUrl: CALL_URL }, now: new Date() }),
      "FORBIDDEN",
    );
    const proposed = await propose(manager, matchId);
    await expectCode(pick(otherExpert, matchId, proposed.slots[0].startsAt), "NOT_FOUND");
    await expectCode(cancelInterview({ user: outsider, matchId, input: {}, now: new Date() }), "NOT_FOUND");
    // The expert offers times but never changes the call link.
    await expectCode(
      rescheduleInterview({ user: expert, matchId, input: { timeZone: NEW_YORK, slots: threeSlots, callUrl: "https://evil.example.com/x" }, now: new Date() }),
      "FORBIDDEN",
    );
    // The owner hears about the manager's proposal being answered: the whole client side that manages requests.
    await pick(expert, matchId, proposed.slots[1].startsAt);
    expect(await emailsTo(client.email, "Interview confirmed")).toHaveLength(1);
    expect(await emailsTo(finance.email, "Interview confirmed")).toHaveLength(0);
  });
});

describe("rescheduling, other times and cancelling", () => {
  it("reschedules a confirmed interview (SEQUENCE grows, the old reminder stays quiet), then cancels it with METHOD:CANCEL", async () => {
    const { client, expert, matchId } = await shortlistedInterview();
    const proposed = await propose(client, matchId);
    const first = await pick(expert, matchId, proposed.slots[0].startsAt);
    const [oldReminder] = await reminderJobs(first.id);

    const moved = await rescheduleInterview({
      user: expert,
      matchId,
      input: { timeZone: NEW_YORK, slots: [{ startsAt: localDay(8, 9), durationMinutes: 30 }], note: "Something came up." },
      now: new Date(),
    });
    expect(moved).toMatchObject({ state: "PROPOSED", proposedBySide: "EXPERT", timeZone: NEW_YORK });
    const [offeredToClient] = await db.notification.findMany({ where: { userId: client.id, kind: "interview.proposed" }, select: { body: true } });
    expect(offeredToClient.body).toContain("(Europe/Berlin)");
    expect(await remindInterview(oldReminder.payload as { interviewId: string; startsAt: string })).toBe(false);

    const reconfirmed = await pick(client, matchId, moved.slots[0].startsAt);
    expect(reconfirmed.state).toBe("CONFIRMED");
    const mails = await emailsTo(expert.email, "Interview confirmed");
    expect(mails.map((mail) => icsOf(mail.attachments).match(/SEQUENCE:(\d+)/)?.[1])).toEqual(["0", "1"]);
    expect(new Set(mails.map((mail) => icsOf(mail.attachments).match(/UID:(.+)/)?.[1])).size).toBe(1);
    const reminders = await reminderJobs(first.id);
    expect(reminders).toHaveLength(2);
    const current = reminders.find((job) => (job.payload as { startsAt: string }).startsAt === reconfirmed.confirmed?.startsAt);
    expect(await remindInterview(current?.payload as { interviewId: string; startsAt: string })).toBe(true);

    const cancelled = await cancelInterview({ user: client, matchId, input: { reason: "We hired someone else." }, now: new Date() });
    expect(cancelled).toMatchObject({ state: "CANCELLED", cancelReason: "We hired someone else.", cancelledBySide: "CLIENT" });
    const [cancelMail] = await emailsTo(expert.email, "Interview cancelled");
    const ics = icsOf(cancelMail.attachments);
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain("SEQUENCE:2");
    expect(cancelMail.text).toContain("We hired someone else.");
    expect(await remindInterview(current?.payload as { interviewId: string; startsAt: string })).toBe(false);
    await expectCode(cancelInterview({ user: expert, matchId, input: {}, now: new Date() }), "CONFLICT");
    await expectCode(pick(expert, matchId, moved.slots[0].startsAt), "CONFLICT");
  });

  it("asks for other times, gets new ones, and a cancelled interview can be proposed again; a past interview is done", async () => {
    const { client, expert, matchId } = await shortlistedInterview();
    const proposed = await propose(client, matchId);
    const declined = await requestOtherTimes({ user: expert, matchId, input: { note: "Mornings in New York work better." }, now: new Date() });
    expect(declined).toMatchObject({ state: "OTHER_TIMES_REQUESTED", slots: [] });
    await expectCode(requestOtherTimes({ user: expert, matchId, input: {}, now: new Date() }), "CONFLICT");
    await expectCode(pick(expert, matchId, proposed.slots[0].startsAt), "CONFLICT");
    const [asked] = await db.notification.findMany({ where: { userId: client.id, kind: "interview.other-times-requested" }, select: { body: true } });
    expect(asked.body).toContain("Mornings in New York work better.");

    const again = await rescheduleInterview({
      user: client,
      matchId,
      input: { timeZone: BERLIN, slots: [{ startsAt: localDay(5, 14), durationMinutes: 30 }] },
      now: new Date(),
    });
    expect(again.callUrl).toBe(CALL_URL);
    await cancelInterview({ user: expert, matchId, input: {}, now: new Date() });
    // Nothing was confirmed, so no calendar holds it: no invite is sent with the cancel.
    const [cancelMail] = await emailsTo(client.email, "Interview cancelled");
    expect(cancelMail.attachments).toBeNull();

    const reproposed = await propose(client, matchId);
    const confirmed = await pick(expert, matchId, reproposed.slots[0].startsAt);
    const afterwards = new Date(new Date(confirmed.confirmed?.startsAt as string).getTime() + 2 * 3_600_000);
    const done = await expectCode(cancelInterview({ user: client, matchId, input: {}, now: afterwards }), "CONFLICT");
    expect(done.message).toMatch(/already taken place/);
  });
});

describe("when the request ends", () => {
  async function shortlistWithInterviews() {
    const { client, experts, requestId } = await createShortlistedRequest(2);
    const matches = await db.match.findMany({ where: { requestId }, select: { id: true, expertProfileId: true } });
    const matchOf = (expert: SessionUser) => matches.find((match) => match.expertProfileId === expert.expertProfileId)?.id as string;
    const [first, second] = experts;
    const confirmFor = async (expert: SessionUser) => {
      const offered = await propose(client, matchOf(expert));
      return pick(expert, matchOf(expert), offered.slots[0].startsAt);
    };
    return { client, first, second, requestId, matchOf, confirmFor };
  }
  const interviewOf = (id: string) =>
    db.hiringInterview.findUniqueOrThrow({ where: { id }, select: { status: true, cancelReason: true, calendarSequence: true } });
  const hire = async (client: SessionUser, expert: SessionUser, matchId: string) => {
    const { id: contractId } = await proposeContract({ user: client, input: proposal(matchId), now: new Date() });
    await respondToProposal({ user: expert, contractId, decision: "ACCEPT", now: new Date() });
  };

  it("cancelling the request cancels its interviews: a confirmed one leaves both calendars, an offered one is closed", async () => {
    const { client, first, second, requestId, matchOf, confirmFor } = await shortlistWithInterviews();
    const confirmed = await confirmFor(first);
    const offered = await propose(client, matchOf(second));
    const [reminder] = await reminderJobs(confirmed.id);

    await cancelRequest({ user: client, requestId, now: new Date() });

    expect(await interviewOf(confirmed.id)).toEqual({ status: "CANCELLED", cancelReason: "The request was cancelled.", calendarSequence: 2 });
    expect(await interviewOf(offered.id)).toMatchObject({ status: "CANCELLED", calendarSequence: 0 });
    for (const email of [client.email, first.email]) {
      const [mail] = await emailsTo(email, `Interview cancelled`);
      const ics = icsOf(mail.attachments);
      expect(ics).toContain("METHOD:CANCEL");
      expect(ics).toContain("SEQUENCE:1");
    }
    const [toSecond] = await emailsTo(second.email, "Interview cancelled");
    expect(toSecond.attachments).toBeNull();
    expect(toSecond.text).toContain("cancelled “");
    const toClient = await db.notification.findMany({ where: { userId: client.id, kind: "interview.cancelled" }, select: { body: true } });
    expect(toClient).toHaveLength(2);
    expect(toClient.map((notice) => notice.body)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`so the interview with ${first.name} will not take place`),
        expect.stringContaining(`so the interview with ${second.name} will not take place`),
      ]),
    );
    expect(await remindInterview(reminder.payload as { interviewId: string; startsAt: string })).toBe(false);
    await expectCode(pick(second, matchOf(second), offered.slots[0].startsAt), "CONFLICT");
    await expectCode(propose(client, matchOf(second)), "CONFLICT");
  });

  it("hiring an expert cancels the others' interviews and keeps the hired expert's confirmed one", async () => {
    const { client, first, second, matchOf, confirmFor } = await shortlistWithInterviews();
    const hiredsInterview = await confirmFor(first);
    const othersInterview = await confirmFor(second);

    await hire(client, first, matchOf(first));

    expect(await interviewOf(hiredsInterview.id)).toMatchObject({ status: "CONFIRMED", calendarSequence: 1 });
    expect(await interviewOf(othersInterview.id)).toEqual({
      status: "CANCELLED",
      cancelReason: "Another expert was hired for this request.",
      calendarSequence: 2,
    });
    const [toSecond] = await emailsTo(second.email, "Interview cancelled");
    expect(icsOf(toSecond.attachments)).toContain("METHOD:CANCEL");
    expect(toSecond.text).toContain("chose another expert");
    const [toClient] = await db.notification.findMany({ where: { userId: client.id, kind: "interview.cancelled" }, select: { body: true } });
    expect(toClient.body).toContain(`You hired ${first.name}`);
    expect(await emailsTo(first.email, "Interview cancelled")).toEqual([]);
  });

  it("hiring an expert whose interview times are still on offer withdraws them", async () => {
    const { client, first, matchOf } = await shortlistWithInterviews();
    const offered = await propose(client, matchOf(first));

    await hire(client, first, matchOf(first));

    expect(await interviewOf(offered.id)).toMatchObject({ status: "CANCELLED", cancelReason: "Hired without this interview." });
    const [toHired] = await db.notification.findMany({ where: { userId: first.id, kind: "interview.cancelled" }, select: { body: true } });
    expect(toHired.body).toContain("hired you");
  });
});

describe("privacy", () => {
  it("exports the interview to both sides, and a deleted expert's open interview is cancelled with their words erased", async () => {
    const { client, expert, matchId } = await shortlistedInterview();
    const proposed = await propose(client, matchId);
    await requestOtherTimes({ user: expert, matchId, input: { note: "Only mornings, please." }, now: new Date() });
    for (const userId of [client.id, expert.id]) {
      const [exported] = await interviewsSection(userId);
      expect(exported).toMatchObject({ id: proposed.id, callUrl: CALL_URL, otherTimesNote: "Only mornings, please.", expert: expert.name });
    }
    await db.$transaction((tx) => closeInterviewsOfDeletedExpert(tx, expert.id, new Date()));
    const closed = await db.hiringInterview.findUniqueOrThrow({
      where: { id: proposed.id },
      select: { status: true, otherTimesNote: true, note: true, cancelReason: true },
    });
    expect(closed).toEqual({
      status: "CANCELLED",
      otherTimesNote: null,
      note: "Bring questions about the API.",
      cancelReason: "The expert closed their Vetted account.",
    });
  });
  it("a deleted expert's confirmed interview leaves the client's calendar, and the client is told why", async () => {
    const { client, expert, matchId } = await shortlistedInterview();
    const proposed = await propose(client, matchId);
    await pick(expert, matchId, proposed.slots[0].startsAt);

    await db.$transaction((tx) => closeInterviewsOfDeletedExpert(tx, expert.id, new Date()));

    expect(await db.hiringInterview.findUniqueOrThrow({ where: { id: proposed.id }, select: { status: true, cancelledBySide: true } })).toEqual({
      status: "CANCELLED",
      cancelledBySide: "EXPERT",
    });
    const [mail] = await emailsTo(client.email, "Interview cancelled");
    expect(icsOf(mail.attachments)).toContain("METHOD:CANCEL");
    expect(mail.text).toContain("closed their Vetted account");
    expect(await emailsTo(expert.email, "Interview cancelled")).toEqual([]);
  });
});
