import { openText } from "@/lib/account-links/sealed-text";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

const EMAILS_SHOWN = 100;

export type OutboxEmail = Awaited<ReturnType<typeof listOutbox>>[number];

/**
 * Development only: the email outbox, newest first, optionally for one recipient. Without SMTP
 * this is where emails "arrive"; in production it does not exist, since it shows everyone's mail.
 */
export async function listOutbox({ toEmail, limit = EMAILS_SHOWN }: { toEmail?: string; limit?: number } = {}) {
  if (process.env.NODE_ENV === "production") throw notFound("The development mailbox");
  const emails = await db.emailOutbox.findMany({
    where: toEmail ? { toEmail: { equals: toEmail.trim(), mode: "insensitive" } } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, toEmail: true, subject: true, text: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
  return emails.map((email) => ({ ...email, text: readableText(email.text) }));
}

function readableText(text: string) {
  try {
    return openText(text);
  } catch {
    return "(Sealed with another NEXTAUTH_SECRET: this server cannot open it.)";
  }
}
