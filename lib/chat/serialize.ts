import { ATTACHED_FILES } from "@/lib/files/attached-files";
import { type SummarizableFile, toFileSummary } from "@/lib/files/serialize";
import type { ChatMessage } from "./schemas";

export const MESSAGE_SELECT = {
  id: true,
  seq: true,
  conversationId: true,
  clientMessageId: true,
  body: true,
  createdAt: true,
  sender: { select: { id: true, name: true } },
  files: ATTACHED_FILES,
} as const;

export type MessageRow = {
  id: string;
  seq: bigint;
  conversationId: string;
  clientMessageId: string;
  body: string;
  createdAt: Date;
  sender: { id: string; name: string };
  files: SummarizableFile[];
};

export function toChatMessage(row: MessageRow): ChatMessage {
  return {
    id: row.id,
    seq: Number(row.seq),
    conversationId: row.conversationId,
    clientMessageId: row.clientMessageId,
    sender: row.sender,
    body: row.body,
    files: row.files.map(toFileSummary),
    createdAt: row.createdAt.toISOString(),
  };
}
