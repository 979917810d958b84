import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";

// Keyset pagination for the conversation list, ordered newest activity first: lastMessageAt desc
// (never-messaged conversations last), then createdAt desc, then id desc so the order is total.

const keySchema = z.tuple([z.iso.datetime().nullable(), z.iso.datetime(), z.string().min(1)]);

type SortKey = { id: string; lastMessageAt: Date | null; createdAt: Date };

export const CONVERSATION_ORDER: Prisma.ConversationOrderByWithRelationInput[] = [
  { lastMessageAt: { sort: "desc", nulls: "last" } },
  { createdAt: "desc" },
  { id: "desc" },
];

export function encodeConversationCursor(row: SortKey) {
  const key = [row.lastMessageAt?.toISOString() ?? null, row.createdAt.toISOString(), row.id];
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

function decode(cursor: string): SortKey {
  try {
    const [lastMessageAt, createdAt, id] = keySchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return { id, createdAt: new Date(createdAt), lastMessageAt: lastMessageAt === null ? null : new Date(lastMessageAt) };
  } catch {
    throw new AppError("BAD_REQUEST", "cursor is not one this list handed out: pass the nextCursor of the previous page.");
  }
}

/** The rows that sort after the cursor's row. */
export function afterConversationCursor(cursor: string): Prisma.ConversationWhereInput {
  const key = decode(cursor);
  const laterInCreation: Prisma.ConversationWhereInput = {
    OR: [{ createdAt: { lt: key.createdAt } }, { createdAt: key.createdAt, id: { lt: key.id } }],
  };
  if (key.lastMessageAt === null) return { lastMessageAt: null, ...laterInCreation };
  return {
    OR: [
      { lastMessageAt: { lt: key.lastMessageAt } },
      { lastMessageAt: key.lastMessageAt, ...laterInCreation },
      { lastMessageAt: null },
    ],
  };
}
