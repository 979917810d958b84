import nodemailer from "nodemailer";
import { openText } from "@/lib/account-links/sealed-text";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { inSpan } from "@/lib/telemetry/in-span";
import { attachmentsOf } from "./email-attachments";

const BATCH = 50;
const MAX_ATTEMPTS = 5;

/**
 * Sends pending outbox emails through SMTP_URL. Without SMTP (development, tests) an email is
 * "delivered" to the development mailbox page, which lists the outbox.
 */
export async function deliverPendingEmails(now: Date) {
  const pending = await db.emailOutbox.findMany({
    where: { status: "PENDING", sendAfter: { lte: now } },
    orderBy: { createdAt: "asc" },
    take: BATCH,
    select: { id: true, toEmail: true, subject: true, text: true, html: true, headers: true, attachments: true, attempts: true },
  });
  const smtpUrl = env().SMTP_URL;
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  for (const email of pending) {
    try {
      if (transport) {
        const message = {
          from: env().EMAIL_FROM,
          to: email.toEmail,
          subject: email.subject,
          text: openText(email.text),
          html: email.html ?? undefined,
          headers: headersOf(email.headers),
          attachments: attachmentsOf(email.attachments),
        };
        await inSpan("email send", { "email.id": email.id, "email.attempt": email.attempts + 1 }, () => transport.sendMail(message));
      }
      await db.emailOutbox.updateMany({ where: { id: email.id, status: "PENDING" }, data: { status: "SENT", sentAt: now, attempts: { increment: 1 } } });
    } catch (error) {
      const attempts = email.attempts + 1;
      logger.warn({ err: error, emailId: email.id, attempts }, "email delivery failed");
      await db.emailOutbox.update({
        where: { id: email.id },
        data: {
          attempts,
          lastError: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
          ...(attempts >= MAX_ATTEMPTS ? { status: "FAILED" } : { sendAfter: new Date(now.getTime() + 60_000 * 2 ** attempts) }),
        },
      });
    }
  }
  return pending.length;
}

/** The stored extra headers (List-Unsubscribe and its one-click companion), as nodemailer takes them. */
function headersOf(stored: unknown): Record<string, string> | undefined {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return undefined;
  return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
