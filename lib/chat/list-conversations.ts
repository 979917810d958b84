import type { SessionUser } from "@/lib/auth/session";
import { readRows } from "@/lib/db";
import { navigationCounts } from "@/lib/notifications/navigation-counts";
import { decodeConversationCursor, encodeConversationCursor } from "./conversation-cursor";
import { toConversationSummary, type ConversationRow } from "./conversation-summary";
import { CONVERSATIONS_PAGE_SIZE } from "./schemas";

type ListRow = ConversationRow & {
  createdAt: Date;
  lastMessageId: string | null;
  lastMessageSeq: bigint | null;
  lastMessageClientId: string | null;
  lastMessageBody: string | null;
  lastMessageCreatedAt: Date | null;
  lastMessageSenderId: string | null;
  lastMessageSenderName: string | null;
};

const lastMessageOf = (row: ListRow) =>
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
      };

/**
 * A page of the user's conversations, most recent activity first, with their last message and unread
 * counts, in one round trip beside the header's counts. The page is chosen first on the bare sort key
 * and only its rows are joined to people and messages: joined before the LIMIT, PostgreSQL would build
 * every conversation's details. Not through Prisma: with the session it is the chat's hottest read.
 */
export async function listConversations({ user, cursor, limit = CONVERSATIONS_PAGE_SIZE }: { user: SessionUser; cursor?: string; limit?: number }) {
  const after = cursor ? decodeConversationCursor(cursor) : null;
  const [counts, rows] = await Promise.all([
    navigationCounts(user.id),
    readRows<ListRow>`
      WITH page AS (
        SELECT c.id, c."requestId", c."contractId", c."lastMessageAt", c."createdAt"
        FROM conversation_participants me JOIN conversations c ON c.id = me."conversationId"
        WHERE me."userId" = ${user.id}
          AND (${after?.id ?? null}::text IS NULL
            OR CASE WHEN ${after?.lastMessageAt ?? null}::timestamp IS NULL
              THEN c."lastMessageAt" IS NULL AND (c."createdAt", c.id) < (${after?.createdAt ?? null}::timestamp, ${after?.id ?? null}::text)
              ELSE c."lastMessageAt" < ${after?.lastMessageAt ?? null}::timestamp OR c."lastMessageAt" IS NULL
                OR (c."lastMessageAt" = ${after?.lastMessageAt ?? null}::timestamp AND (c."createdAt", c.id) < (${after?.createdAt ?? null}::timestamp, ${after?.id ?? null}::text))
            END)
        ORDER BY c."lastMessageAt" DESC NULLS LAST, c."createdAt" DESC, c.id DESC
        LIMIT ${limit + 1}
      )
      SELECT page.*,
        (SELECT json_build_object('title', r.title) FROM hiring_requests r WHERE r.id = page."requestId") AS request,
        (SELECT json_build_object('title', ct.title) FROM contracts ct WHERE ct.id = page."contractId") AS contract,
        (SELECT json_agg(json_build_object(
            'userId', p."userId", 'unreadCount', p."unreadCount",
            'user', json_build_object('name', u.name, 'role', u.role, 'expertProfile', (SELECT json_build_object('headline', e.headline) FROM expert_profiles e WHERE e."userId" = u.id)))
          ORDER BY p."joinedAt")
          FROM conversation_participants p JOIN users u ON u.id = p."userId" WHERE p."conversationId" = page.id) AS participants,
        m.id AS "lastMessageId", m.seq AS "lastMessageSeq", m."clientMessageId" AS "lastMessageClientId", m.body AS "lastMessageBody",
        m."createdAt" AS "lastMessageCreatedAt", m."senderId" AS "lastMessageSenderId", sender.name AS "lastMessageSenderName"
      FROM page
      LEFT JOIN LATERAL (SELECT * FROM messages WHERE "conversationId" = page.id ORDER BY seq DESC LIMIT 1) m ON true
      LEFT JOIN users sender ON sender.id = m."senderId"
      ORDER BY page."lastMessageAt" DESC NULLS LAST, page."createdAt" DESC, page.id DESC`,
  ]);
  const page = rows.slice(0, limit);
  const conversations = page.map((row) => toConversationSummary(user, row, { lastMessage: lastMessageOf(row) }));
  const nextCursor = rows.length > limit ? encodeConversationCursor(page[page.length - 1]) : null;
  return { conversations, totalUnread: counts.unreadMessages, streamAfter: counts.streamAfter, nextCursor };
}
