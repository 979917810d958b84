-- AlterTable
ALTER TABLE "conversation_participants" ADD COLUMN     "lastMessageSeq" BIGINT;


-- Each participant row carries the seq of its conversation's newest message, written by a trigger in
-- the same statement as the message, whoever inserts it. Posts hold the message order of every participant, so a user's
-- committed messages always end at the newest of these: the stream position a user's list or a fresh
-- event stream starts from is the max over the user's rows, an index-only read.
UPDATE "conversation_participants" p
SET "lastMessageSeq" = newest.seq
FROM (SELECT "conversationId", max(seq) AS seq FROM "messages" GROUP BY "conversationId") newest
WHERE newest."conversationId" = p."conversationId";

DROP INDEX "conversation_participants_list_idx";
CREATE INDEX "conversation_participants_list_idx"
  ON "conversation_participants" ("userId", "lastMessageAt" DESC NULLS LAST, "conversationCreatedAt" DESC, "conversationId" DESC)
  INCLUDE ("unreadCount", "lastMessageSeq");

-- Someone who joins a conversation later starts with its newest message.
CREATE OR REPLACE FUNCTION "conversation_participant_copy_sort_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."lastMessageAt", c."createdAt" INTO NEW."lastMessageAt", NEW."conversationCreatedAt"
  FROM "conversations" c WHERE c."id" = NEW."conversationId";
  IF TG_OP = 'INSERT' AND NEW."lastMessageSeq" IS NULL THEN
    SELECT max(m.seq) INTO NEW."lastMessageSeq" FROM "messages" m WHERE m."conversationId" = NEW."conversationId";
  END IF;
  RETURN NEW;
END;
$$;

CREATE FUNCTION "conversation_participants_copy_last_message_seq"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "conversation_participants" p
  SET "lastMessageSeq" = newest.seq
  FROM (SELECT "conversationId", max(seq) AS seq FROM inserted GROUP BY "conversationId") newest
  WHERE p."conversationId" = newest."conversationId" AND (p."lastMessageSeq" IS NULL OR p."lastMessageSeq" < newest.seq);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "messages_last_message_seq"
  AFTER INSERT ON "messages"
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION "conversation_participants_copy_last_message_seq"();
