import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { dateTimeFormat } from "@/lib/intl";
import { logger } from "@/lib/logger";
import { preferenceEmailParts, withFooter } from "./email-footer";

// The daily message digest: for each user who chose it, once per local day from DIGEST_HOUR in their
// timezone, one email listing the conversations with unread messages (none when there are none).
// The worker runs this every 15 minutes; the local date claimed on email_digests makes each day's
// digest happen once, however many workers run it.

export const DIGEST_HOUR = 8;
const BATCH = 500;
const CONVERSATIONS_SHOWN = 20;

/** "2026-12-07" and 8 for `at` in `timeZone`. */
export function localDayAndHour(at: Date, timeZone: string) {
  const parts = dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return { day: `${part("year")}-${part("month")}-${part("day")}`, hour: Number(part("hour")) };
}

async function claimDay(userId: string, day: string) {
  await db.emailDigest.upsert({ where: { userId }, create: { userId }, update: {}, select: { userId: true } });
  const { count } = await db.emailDigest.updateMany({
    where: { userId, OR: [{ lastSentFor: null }, { lastSentFor: { not: day } }] },
    data: { lastSentFor: day },
  });
  return count === 1;
}

async function sendDigest(user: { id: string; email: string }, day: string) {
  const unread = await db.conversationParticipant.findMany({
    where: { userId: user.id, unreadCount: { gt: 0 } },
    orderBy: { lastMessageAt: { sort: "desc", nulls: "last" } },
    take: CONVERSATIONS_SHOWN + 1,
    select: {
      conversationId: true,
      unreadCount: true,
      conversation: { select: { request: { select: { title: true } }, contract: { select: { title: true } } } },
    },
  });
  if (!unread.length) return false;
  const shown = unread.slice(0, CONVERSATIONS_SHOWN);
  const total = shown.reduce((sum, participant) => sum + participant.unreadCount, 0);
  const lines = shown.map((participant) => {
    const topic = participant.conversation.contract?.title ?? participant.conversation.request?.title ?? "A conversation";
    return `• ${topic}: ${participant.unreadCount} unread — ${appUrl(`/messages/${participant.conversationId}`)}`;
  });
  if (unread.length > CONVERSATIONS_SHOWN) lines.push(`…and more in ${appUrl("/messages")}`);
  const { footer, headers } = preferenceEmailParts(user.id, "MESSAGES");
  await db.emailOutbox.create({
    data: {
      toEmail: user.email,
      subject: `Your daily digest: ${total} unread message${total === 1 ? "" : "s"} in ${shown.length} conversation${shown.length === 1 ? "" : "s"}`,
      text: withFooter(["Messages waiting for you in Vetted:", "", ...lines].join("\n"), footer),
      headers,
      dedupeKey: `message-digest:${user.id}:${day}`,
    },
    select: { id: true },
  });
  return true;
}

/** Sends the digests that are due at `now`; returns how many emails went to the outbox. */
export async function sendMessageDigests(now: Date) {
  let sent = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.notificationPreference.findMany({
      where: { kind: "MESSAGES", isEmailEnabled: true, isDigestEnabled: true, user: { suspendedAt: null }, ...(cursor && { userId: { gt: cursor } }) },
      orderBy: { userId: "asc" },
      take: BATCH,
      select: { user: { select: { id: true, email: true, emailDigest: { select: { timezone: true, lastSentFor: true } } } } },
    });
    for (const { user } of batch) {
      const { day, hour } = localDayAndHour(now, user.emailDigest?.timezone ?? "UTC");
      if (hour < DIGEST_HOUR || user.emailDigest?.lastSentFor === day) continue;
      if (!(await claimDay(user.id, day))) continue;
      try {
        if (await sendDigest(user, day)) sent++;
      } catch (error) {
        // The day stays claimed: a digest missed is better than a digest sent twice.
        logger.warn({ err: error, userId: user.id }, "message digest failed");
      }
    }
    if (batch.length < BATCH) return sent;
    cursor = batch[batch.length - 1].user.id;
  }
}
