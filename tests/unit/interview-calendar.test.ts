import { describe, expect, it } from "vitest";
import { buildCalendarInvite, type CalendarInvite, interviewUid, personOfAddress } from "@/lib/interviews/calendar-invite";

// The calendar invite is read back line by line (RFC 5545 folds lines longer than 75 octets with CRLF + a space or tab).

const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
const property = (lines: string[], name: string) => lines.filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

const invite: CalendarInvite = {
  method: "REQUEST",
  interviewId: "int_123",
  sequence: 0,
  // 15:00 in Berlin on 10 December (UTC+1).
  startsAt: new Date("2026-12-10T14:00:00Z"),
  durationMinutes: 45,
  title: "Interview: Acme × Ada Lovelace",
  description: "An interview about “Payments API”, arranged on Vetted.",
  callUrl: "https://meet.example.com/abc-defg-hij",
  organizer: { name: "Vetted", email: "no-reply@vetted.local" },
  attendees: [
    { name: "Carla Client", email: "carla@example.com" },
    { name: "Ada Lovelace", email: "ada@example.com" },
  ],
  issuedAt: new Date("2026-12-07T09:30:00Z"),
};

describe("the interview's calendar invite", () => {
  it("is a REQUEST with the start in UTC, the length, a stable UID and the sequence", () => {
    const lines = unfold(buildCalendarInvite(invite));
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(property(lines, "METHOD")).toEqual(["METHOD:REQUEST"]);
    expect(property(lines, "DTSTART")).toEqual(["DTSTART:20261210T140000Z"]);
    expect(property(lines, "DURATION")).toEqual(["DURATION:PT45M"]);
    expect(property(lines, "DTSTAMP")).toEqual(["DTSTAMP:20261207T093000Z"]);
    expect(property(lines, "UID")).toEqual([`UID:${interviewUid("int_123")}`]);
    expect(property(lines, "SEQUENCE")).toEqual(["SEQUENCE:0"]);
    expect(property(lines, "STATUS")).toEqual(["STATUS:CONFIRMED"]);
  });

  it("names the organizer and both attendees, and carries the call link as location, URL and in the description", () => {
    const lines = unfold(buildCalendarInvite(invite));
    expect(property(lines, "ORGANIZER")[0]).toMatch(/CN="?Vetted"?:mailto:no-reply@vetted\.local$/i);
    const attendees = property(lines, "ATTENDEE");
    expect(attendees).toHaveLength(2);
    expect(attendees[0]).toMatch(/RSVP=TRUE.*CN="?Carla Client"?:mailto:carla@example\.com$/);
    expect(attendees[1]).toMatch(/mailto:ada@example\.com$/);
    expect(property(lines, "LOCATION")).toEqual([`LOCATION:${invite.callUrl}`]);
    expect(property(lines, "URL")).toEqual([`URL:${invite.callUrl}`]);
    expect(property(lines, "DESCRIPTION")[0]).toContain(`Join the call: ${invite.callUrl}`);
  });

  it("keeps the UID when rescheduled, with a higher SEQUENCE, and cancels with METHOD:CANCEL", () => {
    const moved = unfold(buildCalendarInvite({ ...invite, sequence: 1, startsAt: new Date("2026-12-11T09:00:00Z") }));
    expect(property(moved, "UID")).toEqual([`UID:${interviewUid("int_123")}`]);
    expect(property(moved, "SEQUENCE")).toEqual(["SEQUENCE:1"]);
    expect(property(moved, "DTSTART")).toEqual(["DTSTART:20261211T090000Z"]);

    const cancelled = unfold(buildCalendarInvite({ ...invite, method: "CANCEL", sequence: 2 }));
    expect(property(cancelled, "METHOD")).toEqual(["METHOD:CANCEL"]);
    expect(property(cancelled, "STATUS")).toEqual(["STATUS:CANCELLED"]);
    expect(property(cancelled, "SEQUENCE")).toEqual(["SEQUENCE:2"]);
    expect(property(cancelled, "ATTENDEE")[0]).not.toContain("RSVP=TRUE");
  });

  it("reads the sender's address as the organizer", () => {
    expect(personOfAddress("Vetted <no-reply@vetted.local>")).toEqual({ name: "Vetted", email: "no-reply@vetted.local" });
    expect(personOfAddress("ops@vetted.example")).toEqual({ name: "ops@vetted.example", email: "ops@vetted.example" });
  });
});
