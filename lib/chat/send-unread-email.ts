import { db } from "@/lib/db";
import { preferenceEmailParts, withFooter } from "@/lib/notifications/email-footer";
import { emailChoicesFor } from "@/lib/notifications/preferences";
import { lockMessageOrder } from "./events";

const SNIPPETS = 5;
const SNIPPET_LENGTH = 200;

/**
 * The "chat.unread-email" job: one email about every message in a conversation that the recipient
 * has still not read and has not been emailed about. Locks message order so that a message committed
 * meanwhile is either in this email or schedules the next one.
 */
export async function sendUnreadEmail({ conversationId, userId }: { conversationId: string; userId: string }) {
  await db.$transaction(async (tx) => {
    await lockMessageOrder(tx, [userId]);
    const participant = await tx.conversationParticipant.findUnique({
      where: { conversationId_userId: { conversationId, userId } },
      select: {
        lastReadSeq: true,
        lastEmailedSeq: true,
        user: { select: { email: true, suspendedAt: true, deletedAt: true } },
        conversation: { select: { request: { select: { title: true } }, contract: { select: { title: true } } } },
      },
    });
    if (!participant || participant.user.suspendedAt || participant.user.deletedAt) return;
    // Email off, or the daily digest instead (lib/notifications/send-message-digests.ts).
    const choice = (await emailChoicesFor(tx, [userId], "MESSAGES")).get(userId);
    if (!choice?.isEmailEnabled || choice.isDigestEnabled) return;
    // biome-ignore lint/complexity/useMathMinMax: sequence numbers are bigints, which Math.max does not take
    const since = participant.lastReadSeq > participant.lastEmailedSeq ? participant.lastReadSeq : participant.lastEmailedSeq;
    const unread = await tx.message.findMany({
      where: { conversationId, seq: { gt: since }, senderId: { not: userId } },
      orderBy: { seq: "asc" },
      select: { seq: true, body: true, sender: { select: { name: true } }, _count: { select: { files: true } } },
    });
    if (!unread.length) return;
    const newest = unread[unread.length - 1].seq;
    const topic = participant.conversation.contract?.title ?? participant.conversation.request?.title ?? "your conversation";
    const senders = [...new Set(unread.map((message) => message.sender.name))].join(", ");
    const shown = unread.slice(-SNIPPETS).map((message) => `${message.sender.name}: ${snippet(message.body, message._count.files)}`);
    const more = unread.length > SNIPPETS ? [`…and ${unread.length - SNIPPETS} earlier.`] : [];
    const link = new URL(`/messages/${conversationId}`, process.env.NEXTAUTH_URL ?? "http://localhost:3000").toString();
    const { footer, headers } = preferenceEmailParts(userId, "MESSAGES");
    await tx.emailOutbox.create({
      data: {
        toEmail: participant.user.email,
        subject: `${unread.length} unread message${unread.length === 1 ? "" : "s"} from ${senders} about ${topic}`,
        text: withFooter([...shown, ...more, "", `Reply in Vetted: ${link}`].join("\n"), footer),
        headers,
        dedupeKey: `chat-unread:${conversationId}:${userId}:${newest}`,
      },
    });
    await tx.conversationParticipant.update({
      where: { conversationId_userId: { conversationId, userId } },
      data: { lastEmailedSeq: newest },
    });
  });
}

/** The text, cut short, and what was attached: "sent 2 files" for a message that is only files. */
export function snippet(body: string, fileCount = 0) {
  const line = body.replace(/\s+/g, " ").trim();
  const text = line.length > SNIPPET_LENGTH ? `${line.slice(0, SNIPPET_LENGTH - 1)}…` : line;
  const files = `${fileCount} file${fileCount === 1 ? "" : "s"}`;
  if (!fileCount) return text;
  return text ? `${text} (+ ${files})` : `sent ${files}`;
}
