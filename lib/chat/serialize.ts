import type { ChatMessage } from "./schemas";

export const MESSAGE_SELECT = {
  id: true,
  seq: true,
  conversationId: true,
  clientMessageId: true,
  body: true,
  createdAt: true,
  sender: { select: { id: true, name: true } },
} as const;

export type MessageRow = {
  id: string;
  seq: bigint;
  conversationId: string;
  clientMessageId: string;
  body: string;
  createdAt: Date;
  sender: { id: string; name: string };
};

export function toChatMessage(row: MessageRow): ChatMessage {
  return {
    id: row.id,
    seq: Number(row.seq),
    conversationId: row.conversationId,
    clientMessageId: row.clientMessageId,
    sender: row.sender,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}
