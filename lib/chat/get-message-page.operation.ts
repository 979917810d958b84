import { defineOperation } from "@/lib/api/operation";
import { getMessagePage } from "./get-message-page";
import { conversationPathSchema, listMessagesQuerySchema, messagePageSchema } from "./schemas";

export const getMessagePageOperation = defineOperation({
  method: "GET",
  path: "/api/v1/conversations/{id}/messages",
  summary: "A page of a conversation's messages, oldest first; `before` pages back",
  tag: "Messages",
  access: "user",
  input: { params: conversationPathSchema, query: listMessagesQuerySchema },
  output: { status: 200, description: "The conversation, its participants' read marks and messages.", schema: messagePageSchema },
  errors: [401, 404, 422],
  handler: ({ user, params, query }) => getMessagePage({ user, conversationId: params.id, before: query.before, limit: query.limit }),
});
