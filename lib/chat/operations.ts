import type { Operation } from "@/lib/api/operations";
import {
  conversationListSchema,
  listMessagesQuerySchema,
  markReadSchema,
  messagePageSchema,
  postedMessageSchema,
  postMessageSchema,
  readStateSchema,
  streamQuerySchema,
} from "./schemas";

export const CHAT_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/v1/conversations",
    summary: "Your conversations, newest activity first, with the last message and unread counts",
    tag: "Messages",
    access: "user",
    success: { status: 200, description: "Conversations and the total unread.", schema: conversationListSchema },
    errors: [401],
  },
  {
    method: "get",
    path: "/api/v1/conversations/{id}/messages",
    summary: "A page of a conversation's messages, oldest first; `before` pages back",
    tag: "Messages",
    access: "user",
    query: listMessagesQuerySchema,
    success: { status: 200, description: "The conversation, its participants' read marks and messages.", schema: messagePageSchema },
    errors: [401, 404, 422],
  },
  {
    method: "post",
    path: "/api/v1/conversations/{id}/messages",
    summary: "Send a message; a retry with the same clientMessageId returns the stored message (200) instead of a second one",
    tag: "Messages",
    access: "user",
    body: postMessageSchema,
    success: { status: 201, description: "The message was stored and announced.", schema: postedMessageSchema },
    errors: [400, 401, 404, 409, 415, 422, 429],
  },
  {
    method: "post",
    path: "/api/v1/conversations/{id}/read",
    summary: "Mark the conversation read (up to a seq, or all of it); the other side sees the read receipt",
    tag: "Messages",
    access: "user",
    body: markReadSchema,
    success: { status: 200, description: "Your read mark and total unread.", schema: readStateSchema },
    errors: [400, 401, 404, 415, 422],
  },
  {
    method: "get",
    path: "/api/v1/stream",
    summary:
      "Server-Sent Events: `message` (its SSE id is the message seq), `read`, `unread` and `reset`. Reconnect with Last-Event-ID to receive exactly what was missed",
    tag: "Messages",
    access: "user",
    query: streamQuerySchema,
    success: { status: 200, description: "A text/event-stream that stays open, with a heartbeat comment every 15 s." },
    errors: [401, 404, 422],
  },
];
