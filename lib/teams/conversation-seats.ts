import type { CompanyRole } from "@/generated/prisma/enums";
import type { Transaction } from "@/lib/db";
import { companyPermissions, companyRolesWith } from "./permissions";

// A company's conversations with candidates are shared by its members whose role includes chat: each
// has a participant row (their own unread count, read marks and place in the list), so the chat's
// lists, streams and emails need no notion of teams. These keep the rows in step with the members.
// A new seat starts with everything already read: history is there to read, not to be counted.

/** Seats every chat member of the conversations' company at them (a new conversation; idempotent). */
export async function seatChatMembers(tx: Transaction, conversationIds: readonly string[], now: Date) {
  if (conversationIds.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO conversation_participants ("conversationId", "userId", "lastReadSeq", "lastEmailedSeq", "joinedAt")
    SELECT c.id, m."userId", coalesce(last.seq, 0), coalesce(last.seq, 0), ${now}
    FROM conversations c
    JOIN hiring_requests r ON r.id = c."requestId"
    JOIN company_members m ON m."companyId" = r."companyId" AND m.role = ANY(${companyRolesWith("chat")}::"CompanyRole"[])
    LEFT JOIN LATERAL (SELECT max(seq) AS seq FROM messages WHERE "conversationId" = c.id) last ON true
    WHERE c.id = ANY(${[...conversationIds]}::text[])
    ON CONFLICT DO NOTHING`;
}

/** After a member joins or changes role: a seat at every company conversation when the role includes chat, none otherwise. */
export async function syncMemberSeats(tx: Transaction, options: { companyId: string; userId: string; role: CompanyRole | null; now: Date }) {
  const { companyId, userId, role, now } = options;
  if (role && companyPermissions[role].has("chat")) {
    await tx.$executeRaw`
      INSERT INTO conversation_participants ("conversationId", "userId", "lastReadSeq", "lastEmailedSeq", "joinedAt")
      SELECT c.id, ${userId}, coalesce(last.seq, 0), coalesce(last.seq, 0), ${now}
      FROM conversations c
      JOIN hiring_requests r ON r.id = c."requestId"
      LEFT JOIN LATERAL (SELECT max(seq) AS seq FROM messages WHERE "conversationId" = c.id) last ON true
      WHERE r."companyId" = ${companyId}
      ON CONFLICT DO NOTHING`;
    return;
  }
  await tx.$executeRaw`
    DELETE FROM conversation_participants p
    USING conversations c, hiring_requests r
    WHERE p."conversationId" = c.id AND r.id = c."requestId" AND r."companyId" = ${companyId} AND p."userId" = ${userId}`;
}
