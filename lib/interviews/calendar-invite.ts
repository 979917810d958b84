import { createEvent, type EventAttributes } from "ics";
import type { EmailAttachment } from "@/lib/notifications/email-attachments";

// The calendar invite (RFC 5545) attached to the emails of a confirmed or cancelled interview. The
// UID stays the same for the life of the interview and SEQUENCE grows with every invite issued, so a
// calendar replaces the event it holds when the interview is rescheduled, and removes it on a cancel.

export type Person = { name: string; email: string };

export type CalendarInvite = {
  method: "REQUEST" | "CANCEL";
  interviewId: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  title: string;
  description: string;
  callUrl: string;
  organizer: Person;
  attendees: Person[];
  issuedAt: Date;
};

export const interviewUid = (interviewId: string) => `interview-${interviewId}@vetted`;

export function buildCalendarInvite(invite: CalendarInvite): string {
  // DTSTAMP from our clock rather than the machine's: `timestamp` is read by ics but missing from its types.
  const attributes: EventAttributes & { timestamp: number } = {
    productId: "vetted/interviews",
    method: invite.method,
    uid: interviewUid(invite.interviewId),
    sequence: invite.sequence,
    timestamp: invite.issuedAt.getTime(),
    start: invite.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: invite.durationMinutes },
    title: invite.title,
    description: `${invite.description}\n\nJoin the call: ${invite.callUrl}`,
    location: invite.callUrl,
    url: invite.callUrl,
    status: invite.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    organizer: invite.organizer,
    attendees: invite.attendees.map((attendee) => ({ ...attendee, rsvp: invite.method === "REQUEST", partstat: "NEEDS-ACTION", role: "REQ-PARTICIPANT" })),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`The calendar invite could not be written: ${error?.message ?? "no output"}`);
  return value;
}

export const calendarAttachment = (invite: CalendarInvite): EmailAttachment => ({
  filename: invite.method === "CANCEL" ? "interview-cancelled.ics" : "interview.ics",
  contentType: `text/calendar; charset=utf-8; method=${invite.method}`,
  content: buildCalendarInvite(invite),
});

/** "Vetted <no-reply@vetted.local>" as a calendar person; a bare address is its own name. */
export function personOfAddress(address: string): Person {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(address);
  return match ? { name: match[1] || match[2], email: match[2] } : { name: address.trim(), email: address.trim() };
}
