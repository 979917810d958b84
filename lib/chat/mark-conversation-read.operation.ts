import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { markConversationRead } from "./mark-read";
import { conversationPathSchema, markReadSchema, readStateSchema } from "./schemas";

export const markConversationReadOperation = defineOperation({
  method: "POST",
  path: "/api/v1/conversations/{id}/read",
  summary: "Mark the conversation read (up to a seq, or all of it); the other side sees the read receipt",
  tag: "Messages",
  access: "user",
  input: { params: conversationPathSchema, body: markReadSchema },
  output: { status: 200, description: "Your read mark and total unread.", schema: readStateSchema },
  errors: [400, 401, 404, 415, 422],
  handler: ({ user, params, body }) => markConversationRead({ user, conversationId: params.id, upToSeq: body.upToSeq, now: now() }),
});
