import type { Transaction } from "@/lib/db";
import { env } from "@/lib/env";
import { notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { calendarAttachment, personOfAddress } from "./calendar-invite";
import type { InterviewParty, InterviewRow } from "./interview-party";
import type { InterviewSlot } from "./slots";
import type { InterviewSide } from "./transitions";
import { formatSlotRange } from "./zoned-time";

// What each side is told, in its own time zone: the client side (the request's members who manage
// requests) in the zone the client entered the times in, the expert in their profile's zone.

type Audience = { userIds: string[]; timeZone: string; link: string };

export async function audiencesOf(tx: Transaction, party: InterviewParty, clientTimeZone: string): Promise<Record<InterviewSide, Audience>> {
  const { match } = party;
  return {
    CLIENT: {
      userIds: await companyRecipients(tx, { requestId: match.request.id }, ["manageRequests"]),
      timeZone: clientTimeZone,
      link: `/client/requests/${match.request.id}`,
    },
    EXPERT: { userIds: [match.expertProfile.user.id], timeZone: party.expertTimeZone, link: "/expert/invitations" },
  };
}

const nameOf = (party: InterviewParty, side: InterviewSide) => (side === "CLIENT" ? party.match.request.company.name : party.match.expertProfile.user.name);
const subjectOf = (party: InterviewParty) => `Interview: ${party.match.request.title}`;
const listSlots = (slots: InterviewSlot[], timeZone: string) =>
  slots.map((slot) => `• ${formatSlotRange(slot.startsAt, slot.durationMinutes, timeZone)}`).join("\n");

/** New times are on the table: the other side picks one. */
export async function noticeTimesOffered(
  tx: Transaction,
  party: InterviewParty,
  audiences: Record<InterviewSide, Audience>,
  slots: InterviewSlot[],
  round: string,
) {
  const to = audiences[party.side === "CLIENT" ? "EXPERT" : "CLIENT"];
  const note = party.interview?.note ? `\n\nTheir note: ${party.interview.note}` : "";
  await notifyUsers(tx, to.userIds, {
    kind: "interview.proposed",
    title: `${nameOf(party, party.side)} offered interview times for “${party.match.request.title}”`,
    body: `Pick the time that suits you (shown in ${to.timeZone}):\n${listSlots(slots, to.timeZone)}${note}`,
    link: to.link,
    dedupeKey: `interview-offered:${round}`,
  });
}

export async function noticeOtherTimesRequested(
  tx: Transaction,
  party: InterviewParty,
  audiences: Record<InterviewSide, Audience>,
  note: string | null,
  round: string,
) {
  const to = audiences[party.side === "CLIENT" ? "EXPERT" : "CLIENT"];
  await notifyUsers(tx, to.userIds, {
    kind: "interview.other-times-requested",
    title: `${nameOf(party, party.side)} asked for other interview times`,
    body: `None of the times offered for “${party.match.request.title}” suits them.${note ? `\n\nTheir message: ${note}` : ""}\n\nOffer new times when you can.`,
    link: to.link,
    dedupeKey: `interview-other-times:${round}`,
  });
}

export type Calendar = { method: "REQUEST" | "CANCEL"; interview: InterviewRow & { startsAt: Date; durationMinutes: number }; sequence: number; now: Date };

export async function calendarInviteFor(tx: Transaction, party: InterviewParty, audiences: Record<InterviewSide, Audience>, calendar: Calendar) {
  const people = await tx.user.findMany({
    where: { id: { in: [...audiences.CLIENT.userIds, ...audiences.EXPERT.userIds] }, deletedAt: null },
    select: { name: true, email: true },
    orderBy: { email: "asc" },
  });
  return calendarAttachment({
    method: calendar.method,
    interviewId: calendar.interview.id,
    sequence: calendar.sequence,
    startsAt: calendar.interview.startsAt,
    durationMinutes: calendar.interview.durationMinutes,
    title: `Interview: ${party.match.request.company.name} × ${party.match.expertProfile.user.name}`,
    description: `An interview about “${party.match.request.title}”, arranged on Vetted.${calendar.interview.note ? `\n\n${calendar.interview.note}` : ""}`,
    callUrl: calendar.interview.callUrl,
    organizer: personOfAddress(env().EMAIL_FROM),
    attendees: people,
    issuedAt: calendar.now,
  });
}

/** Both sides: the time, the call link and the calendar invite. */
export async function noticeConfirmed(tx: Transaction, party: InterviewParty, audiences: Record<InterviewSide, Audience>, calendar: Calendar) {
  const attachment = await calendarInviteFor(tx, party, audiences, calendar);
  const { interview } = calendar;
  for (const side of ["CLIENT", "EXPERT"] as const) {
    const to = audiences[side];
    await notifyUsers(tx, to.userIds, {
      kind: "interview.confirmed",
      title: `Interview confirmed: ${formatSlotRange(interview.startsAt, interview.durationMinutes, to.timeZone)}`,
      body: `${subjectOf(party)}, with ${nameOf(party, side === "CLIENT" ? "EXPERT" : "CLIENT")}.\n\nJoin the call: ${interview.callUrl}\n\nThe calendar invite is attached.`,
      link: to.link,
      dedupeKey: `interview-confirmed:${interview.id}:${calendar.sequence}`,
      attachments: [attachment],
    });
  }
}

/** The other side is told; when a calendar holds the interview, both get the invite that removes it. */
export async function noticeCancelled(
  tx: Transaction,
  party: InterviewParty,
  audiences: Record<InterviewSide, Audience>,
  reason: string | null,
  cancelled: { calendar: Calendar | null; round: string },
) {
  const attachment = cancelled.calendar ? await calendarInviteFor(tx, party, audiences, cancelled.calendar) : null;
  const sides: InterviewSide[] = attachment ? ["CLIENT", "EXPERT"] : [party.side === "CLIENT" ? "EXPERT" : "CLIENT"];
  for (const side of sides) {
    const to = audiences[side];
    const by = side === party.side ? "You" : nameOf(party, party.side);
    await notifyUsers(tx, to.userIds, {
      kind: "interview.cancelled",
      title: `Interview cancelled: ${party.match.request.title}`,
      body: `${by} cancelled the interview.${reason ? `\n\nReason: ${reason}` : ""}${attachment ? "\n\nThe attached calendar update removes it from your calendar." : ""}`,
      link: to.link,
      dedupeKey: `interview-cancelled:${cancelled.round}`,
      attachments: attachment ? [attachment] : undefined,
    });
  }
}
