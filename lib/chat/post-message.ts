import { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Transaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { attachFiles } from "@/lib/files/attach-files";
import { enqueueJobs } from "@/lib/jobs/queue";
import { assertUnderLimit, type Limit, recordHit } from "@/lib/rate-limit";
import { participantConversationWhere } from "./access";
import { countUnreadMessagesOf } from "./count-unread";
import { announceChatChange, lockMessageOrder } from "./events";
import type { PostMessageInput } from "./schemas";
import { MESSAGE_SELECT, toChatMessage } from "./serialize";
import { unreadEmailJob } from "./unread-email-job";

export const CHAT_MESSAGES: Limit = { bucket: "chat-message", max: 30, windowMs: 60_000 };

type Options = { user: SessionUser; conversationId: string; input: PostMessageInput; now: Date };

/**
 * Stores a message with its files, then announces it. Idempotent on the sender's clientMessageId: a
 * retry of the same message returns the stored one (isDuplicate) and writes nothing, so its files,
 * attached by the first attempt, are not attached again. Files are attached in the message's
 * transaction: a file that cannot be attached (someone else's, not ready, already on another message)
 * leaves no message behind.
 */
export async function postMessage({ user, conversationId, input, now }: Options) {
  const conversation = await db.conversation.findFirst({
    where: participantConversationWhere(user, conversationId),
    select: { id: true },
  });
  if (!conversation) throw notFound("Conversation");

  const earlier = await findEarlierAttempt(user, conversationId, input);
  if (earlier) return earlier;

  await assertUnderLimit(CHAT_MESSAGES, user.id, "You are sending messages too fast; wait a moment and send again.", now);
  await recordHit(CHAT_MESSAGES, user.id);
  try {
    const message = await db.$transaction((tx) => insertMessage(tx, { user, conversationId, input, now }));
    return { message: toChatMessage(message), isDuplicate: false };
  } catch (error) {
    // Two copies of one retry raced: the loser returns the winner's message.
    const isDuplicateKey = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if (!isDuplicateKey) throw error;
    const winner = await findEarlierAttempt(user, conversationId, input);
    if (!winner) throw error;
    return winner;
  }
}

async function findEarlierAttempt(user: SessionUser, conversationId: string, input: PostMessageInput) {
  const existing = await db.message.findUnique({
    where: { senderId_clientMessageId: { senderId: user.id, clientMessageId: input.clientMessageId } },
    select: MESSAGE_SELECT,
  });
  if (!existing) return null;
  const isSameFiles = sameIds(
    existing.files.map((file) => file.id),
    input.fileIds,
  );
  if (existing.conversationId !== conversationId || existing.body !== input.body || !isSameFiles) {
    throw conflict("This clientMessageId already belongs to a different message; generate a new one for a new message.");
  }
  return { message: toChatMessage(existing), isDuplicate: true };
}

async function insertMessage(tx: Transaction, { user, conversationId, input, now }: Options) {
  // Everything that does not need the message's seq first: the participants' order locks below are
  // held only for the insert, the sender's read mark and the announcement.
  await tx.conversation.update({ where: { id: conversationId }, data: { lastMessageAt: now } });
  // Writing in a thread means having read it; everyone else has one more to read.
  await tx.conversationParticipant.update({
    where: { conversationId_userId: { conversationId, userId: user.id } },
    data: { lastReadAt: now, unreadCount: 0 },
  });
  await tx.conversationParticipant.updateMany({ where: { conversationId, userId: { not: user.id } }, data: { unreadCount: { increment: 1 } } });
  const participants = await tx.conversationParticipant.findMany({
    where: { conversationId },
    select: { userId: true, lastReadSeq: true, lastEmailedSeq: true },
  });
  const others = participants.filter((participant) => participant.userId !== user.id);
  await enqueueJobs(
    tx,
    others.map((participant) => unreadEmailJob({ conversationId, participant, now })),
  );
  const unread = await countUnreadMessagesOf(
    participants.map((participant) => participant.userId),
    tx,
  );

  await lockMessageOrder(
    tx,
    participants.map((participant) => participant.userId),
  );
  const message = await tx.message.create({
    data: { conversationId, senderId: user.id, clientMessageId: input.clientMessageId, body: input.body, createdAt: now },
    select: MESSAGE_SELECT,
  });
  if (input.fileIds.length) {
    await attachFiles(tx, { user, fileIds: input.fileIds, purpose: "CHAT_ATTACHMENT", attach: { messageId: message.id }, now });
  }
  await tx.conversationParticipant.update({ where: { conversationId_userId: { conversationId, userId: user.id } }, data: { lastReadSeq: message.seq } });
  await announceChatChange(tx, {
    type: "message",
    seq: Number(message.seq),
    conversationId,
    recipientIds: participants.map((participant) => participant.userId),
    unread,
  });
  // Read again with the files just attached: the answer and the stream show the same message.
  return input.fileIds.length ? tx.message.findUniqueOrThrow({ where: { id: message.id }, select: MESSAGE_SELECT }) : message;
}

const sameIds = (first: readonly string[], second: readonly string[]) => first.length === second.length && first.every((id) => second.includes(id));
