import type { Transaction } from "@/lib/db";

export type NotificationMessage = {
  kind: string;
  title: string;
  body: string;
  link?: string;
  /** Same key, one email per recipient: a retried step does not mail twice. */
  dedupeKey?: string;
};

/** In-app notifications plus an email each, written in the caller's transaction (the outbox pattern). */
export async function notifyUsers(tx: Transaction, userIds: string[], message: NotificationMessage) {
  if (!userIds.length) return;
  const users = await tx.user.findMany({ where: { id: { in: userIds }, suspendedAt: null, deletedAt: null }, select: { id: true, email: true } });
  await tx.notification.createMany({
    data: users.map((user) => ({ userId: user.id, kind: message.kind, title: message.title, body: message.body, link: message.link })),
  });
  await tx.emailOutbox.createMany({
    data: users.map((user) => ({
      toEmail: user.email,
      subject: message.title,
      text: `${message.body}${message.link ? `\n\nOpen it in Vetted: ${appUrl(message.link)}` : ""}`,
      dedupeKey: message.dedupeKey ? `${message.dedupeKey}:${user.id}` : null,
    })),
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

export function appUrl(path: string) {
  return new URL(path, process.env.NEXTAUTH_URL ?? "http://localhost:3000").toString();
}
