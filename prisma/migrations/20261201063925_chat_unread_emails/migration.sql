-- AlterTable
ALTER TABLE "conversation_participants" ADD COLUMN     "lastEmailedSeq" BIGINT NOT NULL DEFAULT 0;

