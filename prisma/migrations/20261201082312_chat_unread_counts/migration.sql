-- AlterTable
ALTER TABLE "conversation_participants" ADD COLUMN     "unreadCount" INTEGER NOT NULL DEFAULT 0;


-- Backfill: what each participant has not read yet.
UPDATE "conversation_participants" p SET "unreadCount" = (
  SELECT count(*) FROM "messages" m WHERE m."conversationId" = p."conversationId" AND m.seq > p."lastReadSeq" AND m."senderId" <> p."userId"
);
