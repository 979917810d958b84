import { appUrl } from "@/lib/app-url";
import type { Transaction } from "@/lib/db";
import type { EmailAttachment } from "./email-attachments";
import { preferenceEmailParts, SECURITY_EMAIL_FOOTER, withFooter } from "./email-footer";
import { preferenceKindOf } from "./preference-kinds";
import { emailChoicesFor } from "./preferences";

export type NotificationMessage = {
  /** Which of the user's email choices applies: lib/notifications/preference-kinds.ts. */
  kind: string;
  title: string;
  body: string;
  link?: string;
  /** Same key, one email per recipient: a retried step does not mail twice. */
  dedupeKey?: string;
  /** Sent with the email (a calendar invite); the in-app notification has none. */
  attachments?: EmailAttachment[];
};

/**
 * In-app notifications for everyone, plus an email for each who has not turned that kind of email
 * off (security emails always), written in the caller's transaction (the outbox pattern).
 */
export async function notifyUsers(tx: Transaction, userIds: string[], message: NotificationMessage) {
  if (!userIds.length) return;
  const users = await tx.user.findMany({ where: { id: { in: userIds }, suspendedAt: null, deletedAt: null }, select: { id: true, email: true } });
  await tx.notification.createMany({
    data: users.map((user) => ({ userId: user.id, kind: message.kind, title: message.title, body: message.body, link: message.link })),
  });
  const preferenceKind = preferenceKindOf(message.kind);
  const choices =
    preferenceKind === "SECURITY"
      ? null
      : await emailChoicesFor(
          tx,
          users.map((user) => user.id),
          preferenceKind,
        );
  const text = `${message.body}${message.link ? `\n\nOpen it in Vetted: ${appUrl(message.link)}` : ""}`;
  await tx.emailOutbox.createMany({
    data: users
      .filter((user) => choices?.get(user.id)?.isEmailEnabled ?? true)
      .map((user) => {
        const { footer, headers } =
          preferenceKind === "SECURITY" ? { footer: SECURITY_EMAIL_FOOTER, headers: undefined } : preferenceEmailParts(user.id, preferenceKind);
        return {
          toEmail: user.email,
          subject: message.title,
          text: withFooter(text, footer),
          headers,
          attachments: message.attachments,
          dedupeKey: message.dedupeKey ? `${message.dedupeKey}:${user.id}` : null,
        };
      }),
    skipDuplicates: true,
  });
}

export async function notifyAdmins(tx: Transaction, message: NotificationMessage) {
  const admins = await tx.user.findMany({ where: { role: "ADMIN", suspendedAt: null, deletedAt: null }, select: { id: true } });
  await notifyUsers(
    tx,
    admins.map((admin) => admin.id),
    message,
  );
}
