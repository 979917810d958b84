import { z } from "zod";
import { AppError } from "@/lib/errors";

// Keyset pagination for the conversation list, ordered newest activity first: lastMessageAt desc
// (never-messaged conversations last), then createdAt desc, then id desc so the order is total.

const keySchema = z.tuple([z.iso.datetime().nullable(), z.iso.datetime(), z.string().min(1)]);

/** A row's sort key; timestamps as ISO strings (UTC), as the query compares them. */
export type ConversationSortKey = { lastMessageAt: string | null; createdAt: string; id: string };

export function encodeConversationCursor(row: { id: string; lastMessageAt: Date | null; createdAt: Date }) {
  const key = [row.lastMessageAt?.toISOString() ?? null, row.createdAt.toISOString(), row.id];
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeConversationCursor(cursor: string): ConversationSortKey {
  try {
    const [lastMessageAt, createdAt, id] = keySchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return { lastMessageAt, createdAt, id };
  } catch {
    throw new AppError("BAD_REQUEST", "cursor is not one this list handed out: pass the nextCursor of the previous page.");
  }
}
