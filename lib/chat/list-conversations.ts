import type { Role } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { readRows } from "@/lib/db";
import type { SummarizableFile } from "@/lib/files/serialize";
import { decodeConversationCursor, encodeConversationCursor } from "./conversation-cursor";
import { onlyYou, toConversationSummary } from "./conversation-summary";
import { CONVERSATIONS_PAGE_SIZE } from "./schemas";

type ConversationListRow = {
  id: string;
  requestId: string | null;
  contractId: string | null;
  lastMessageAt: Date | null;
  createdAt: Date;
  requestTitle: string | null;
  contractTitle: string | null;
  unreadCount: number;
  counterpartName: string | null;
  counterpartRole: Role | null;
  counterpartHeadline: string | null;
  lastMessageId: string | null;
  lastMessageSeq: bigint | null;
  lastMessageClientId: string | null;
  lastMessageBody: string | null;
  lastMessageCreatedAt: Date | null;
  lastMessageSenderId: string | null;
  lastMessageSenderName: string | null;
  lastMessageFiles: SummarizableFile[] | null;
};

/** With the counts, one row when the page is empty: its conversation columns are then null. */
type Counts = { totalUnread: bigint; streamAfter: bigint };
type ListRow = Counts & (ConversationListRow | { [Key in keyof ConversationListRow]: null });

const lastMessageOf = (row: ConversationListRow) =>
  row.lastMessageId === null
    ? null
    : {
        id: row.lastMessageId,
        seq: row.lastMessageSeq!,
        conversationId: row.id,
        clientMessageId: row.lastMessageClientId!,
        body: row.lastMessageBody!,
        createdAt: row.lastMessageCreatedAt!,
        sender: { id: row.lastMessageSenderId!, name: row.lastMessageSenderName! },
        files: row.lastMessageFiles ?? [],
      };

/**
 * A page of the user's conversations, most recent activity first, with their last message and unread
 * counts, in one round trip with the unread total and the stream position it was read at. The page
 * is one range of the participant rows' copy of the sort key (conversation_participants_list_idx), and
 * only its rows are joined to people and messages. Not through Prisma: it is the chat's hottest read.
 */
export async function listConversations({ user, cursor, limit = CONVERSATIONS_PAGE_SIZE }: { user: SessionUser; cursor?: string; limit?: number }) {
  const after = cursor ? decodeConversationCursor(cursor) : null;
  const rows = await readRows<ListRow>`
    WITH page AS (
      SELECT "conversationId", "unreadCount" FROM conversation_participants
      WHERE "userId" = ${user.id}
        AND (${after?.id ?? null}::text IS NULL
          OR CASE WHEN ${after?.lastMessageAt ?? null}::timestamp IS NULL
            THEN "lastMessageAt" IS NULL AND ("conversationCreatedAt", "conversationId") < (${after?.createdAt ?? null}::timestamp, ${after?.id ?? null}::text)
            ELSE "lastMessageAt" < ${after?.lastMessageAt ?? null}::timestamp OR "lastMessageAt" IS NULL
              OR ("lastMessageAt" = ${after?.lastMessageAt ?? null}::timestamp AND ("conversationCreatedAt", "conversationId") < (${after?.createdAt ?? null}::timestamp, ${after?.id ?? null}::text))
          END)
      ORDER BY "lastMessageAt" DESC NULLS LAST, "conversationCreatedAt" DESC, "conversationId" DESC
      LIMIT ${limit + 1}
    ),
    -- In the same statement, so the totals and the stream position match the page exactly.
    counts AS (
      -- streamAfter as streamStartSeq (count-unread.ts) reads it.
      SELECT coalesce(sum("unreadCount"), 0) AS "totalUnread", coalesce(max("lastMessageSeq"), 0) AS "streamAfter"
      FROM conversation_participants WHERE "userId" = ${user.id}
    )
    SELECT counts.*, c.id, c."requestId", c."contractId", c."lastMessageAt", c."createdAt", page."unreadCount",
      r.title AS "requestTitle", ct.title AS "contractTitle",
      other.name AS "counterpartName", other.role AS "counterpartRole", other.headline AS "counterpartHeadline",
      m.id AS "lastMessageId", m.seq AS "lastMessageSeq", m."clientMessageId" AS "lastMessageClientId", m.body AS "lastMessageBody",
      m."createdAt" AS "lastMessageCreatedAt", m."senderId" AS "lastMessageSenderId", sender.name AS "lastMessageSenderName",
      -- The order of serialize.ts's ATTACHED_FILES.
      (SELECT json_agg(json_build_object('id', f.id, 'name', f.name, 'size', f.size, 'contentType', f."contentType", 'thumbnailKey', f."thumbnailKey")
          ORDER BY f."createdAt", f.id)
        FROM stored_files f WHERE f."messageId" = m.id) AS "lastMessageFiles"
    FROM counts
    LEFT JOIN (page JOIN conversations c ON c.id = page."conversationId") ON true
    LEFT JOIN hiring_requests r ON r.id = c."requestId"
    LEFT JOIN contracts ct ON ct.id = c."contractId"
    -- counterpartOf (conversation-summary.ts): the first other participant on the other side (not a colleague), an admin only if no one else is.
    LEFT JOIN LATERAL (
      SELECT u.name, u.role, e.headline
      FROM conversation_participants p JOIN users u ON u.id = p."userId" LEFT JOIN expert_profiles e ON e."userId" = u.id
      WHERE p."conversationId" = c.id AND p."userId" <> ${user.id}
      ORDER BY u.role = 'ADMIN', u.role = ${user.role}::"Role", p."joinedAt"
      LIMIT 1
    ) other ON true
    LEFT JOIN LATERAL (SELECT * FROM messages WHERE "conversationId" = c.id ORDER BY seq DESC LIMIT 1) m ON true
    LEFT JOIN users sender ON sender.id = m."senderId"
    ORDER BY c."lastMessageAt" DESC NULLS LAST, c."createdAt" DESC, c.id DESC`;
  const [{ totalUnread, streamAfter }] = rows; // counts has one row; an empty page leaves the conversation columns null
  const found = rows.filter((row): row is Counts & ConversationListRow => row.id !== null);
  const page = found.slice(0, limit);
  const conversations = page.map((row) =>
    toConversationSummary(row, {
      counterpart: row.counterpartName === null ? onlyYou(user) : { name: row.counterpartName, role: row.counterpartRole!, headline: row.counterpartHeadline },
      unreadCount: row.unreadCount,
      lastMessage: lastMessageOf(row),
    }),
  );
  const nextCursor = found.length > limit ? encodeConversationCursor(page[page.length - 1]) : null;
  return { conversations, totalUnread: Number(totalUnread), streamAfter: Number(streamAfter), nextCursor };
}
