-- AlterTable
ALTER TABLE "conversation_participants" ADD COLUMN     "conversationCreatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "lastMessageAt" TIMESTAMP(3);



-- A participant row carries its conversation's sort key (lastMessageAt desc, never-messaged last,
-- then createdAt desc, then id desc), so listing a user's conversations reads one index range
-- instead of sorting all of them. Triggers keep the copies, whoever writes the conversation. The
-- index includes "unreadCount", so the header's unread total is an index-only scan too.
UPDATE "conversation_participants" p
SET "lastMessageAt" = c."lastMessageAt", "conversationCreatedAt" = c."createdAt"
FROM "conversations" c
WHERE c."id" = p."conversationId";

CREATE INDEX "conversation_participants_list_idx"
  ON "conversation_participants" ("userId", "lastMessageAt" DESC NULLS LAST, "conversationCreatedAt" DESC, "conversationId" DESC)
  INCLUDE ("unreadCount");

CREATE FUNCTION "conversation_participant_copy_sort_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."lastMessageAt", c."createdAt" INTO NEW."lastMessageAt", NEW."conversationCreatedAt"
  FROM "conversations" c WHERE c."id" = NEW."conversationId";
  RETURN NEW;
END;
$$;

CREATE TRIGGER "conversation_participants_sort_key"
  BEFORE INSERT OR UPDATE OF "conversationId", "lastMessageAt", "conversationCreatedAt" ON "conversation_participants"
  FOR EACH ROW EXECUTE FUNCTION "conversation_participant_copy_sort_key"();

CREATE FUNCTION "conversation_share_sort_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "conversation_participants"
  SET "lastMessageAt" = NEW."lastMessageAt", "conversationCreatedAt" = NEW."createdAt"
  WHERE "conversationId" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "conversations_sort_key"
  AFTER UPDATE OF "lastMessageAt", "createdAt" ON "conversations"
  FOR EACH ROW
  WHEN (OLD."lastMessageAt" IS DISTINCT FROM NEW."lastMessageAt" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION "conversation_share_sort_key"();

-- The list index leads with "userId": every lookup by user uses it.
DROP INDEX "conversation_participants_userId_idx";
