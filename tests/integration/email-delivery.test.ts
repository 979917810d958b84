import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverPendingEmails } from "@/lib/notifications/deliver-emails";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

// The outbox through a real SMTP conversation (nodemailer on SMTP_URL). The emails here are due
// in the year 2000 and delivery runs "then", so other files' outbox rows, due now, are left alone.

const THEN = new Date("2000-01-01T00:10:00Z");
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink({ isKnownMailbox: (address) => !address.endsWith("@unknown.test") });
  process.env.SMTP_URL = sink.url; // read on first use of lib/env, which nothing in this file has made yet
});

afterAll(() => sink.stop());

function queueEmail(toEmail: string) {
  const subject = `Your shortlist ${toEmail}`;
  return db.emailOutbox.create({
    data: { toEmail, subject, text: "Three experts accepted.", html: "<p>Three experts accepted.</p>", sendAfter: new Date("2000-01-01T00:00:00Z") },
    select: { id: true, subject: true },
  });
}

describe("email delivery through SMTP_URL", () => {
  it("sends a due email over SMTP and marks it sent", async () => {
    const toEmail = `delivery-${Date.now()}@example.test`;
    const email = await queueEmail(toEmail);

    expect(await deliverPendingEmails(THEN)).toBeGreaterThanOrEqual(1);

    const mail = sink.received.find((received) => received.to.includes(toEmail));
    expect(mail?.from).toBe("no-reply@vetted.local");
    expect(mail?.data).toContain(`Subject: ${email.subject}`);
    expect(mail?.data).toContain("Three experts accepted.");
    const stored = await db.emailOutbox.findUniqueOrThrow({ where: { id: email.id }, select: { status: true, attempts: true, sentAt: true } });
    expect(stored).toEqual({ status: "SENT", attempts: 1, sentAt: THEN });
  });

  it("sends the stored attachments with the email (a calendar invite)", async () => {
    const toEmail = `invite-${Date.now()}@example.test`;
    const ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
    await db.emailOutbox.create({
      data: {
        toEmail,
        subject: "Interview confirmed",
        text: "The calendar invite is attached.",
        attachments: [{ filename: "interview.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", content: ics }],
        sendAfter: new Date("2000-01-01T00:00:00Z"),
      },
    });

    await deliverPendingEmails(THEN);

    const mail = sink.received.find((received) => received.to.includes(toEmail));
    expect(mail?.data).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(mail?.data).toMatch(/filename=interview\.ics/);
    expect(mail?.data).toContain(Buffer.from(ics).toString("base64").slice(0, 40));
  });

  it("keeps an email the server refuses, with the reason, for a later attempt", async () => {
    const email = await queueEmail(`refused-${Date.now()}@unknown.test`);

    await deliverPendingEmails(THEN);

    const stored = await db.emailOutbox.findUniqueOrThrow({
      where: { id: email.id },
      select: { status: true, attempts: true, lastError: true, sendAfter: true },
    });
    expect(stored.status).toBe("PENDING");
    expect(stored.attempts).toBe(1);
    expect(stored.lastError).toMatch(/550/);
    expect(stored.sendAfter.getTime()).toBeGreaterThan(THEN.getTime());
  });
});
