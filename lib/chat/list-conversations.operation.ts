import { defineOperation } from "@/lib/api/operation";
import { listConversations } from "./list-conversations";
import { conversationListSchema, listConversationsQuerySchema } from "./schemas";

export const listConversationsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/conversations",
  summary: "Your conversations, newest activity first, with the last message and unread counts; `cursor` pages on",
  tag: "Messages",
  access: "user",
  input: { query: listConversationsQuerySchema },
  output: { status: 200, description: "A page of conversations, the total unread and the next page's cursor.", schema: conversationListSchema },
  errors: [400, 401, 422],
  handler: ({ user, query }) => listConversations({ user, cursor: query.cursor, limit: query.limit }),
});
