import type { NewJob } from "@/lib/jobs/queue";

export const UNREAD_EMAIL_DELAY_MS = 10 * 60_000;

/**
 * One email job per batch of unread messages: every message posted while the recipient has neither
 * read the thread nor been emailed about it shares the dedupe key, so they go out in one email.
 */
export function unreadEmailJob(options: {
  conversationId: string;
  participant: { userId: string; lastReadSeq: bigint; lastEmailedSeq: bigint };
  now: Date;
}): NewJob {
  const { conversationId, participant, now } = options;
  // biome-ignore lint/complexity/useMathMinMax: sequence numbers are bigints, which Math.max does not take
  const since = participant.lastReadSeq > participant.lastEmailedSeq ? participant.lastReadSeq : participant.lastEmailedSeq;
  return {
    kind: "chat.unread-email",
    payload: { conversationId, userId: participant.userId },
    runAt: new Date(now.getTime() + UNREAD_EMAIL_DELAY_MS),
    dedupeKey: `chat-unread:${conversationId}:${participant.userId}:${since}`,
  };
}
