import { defineOperation } from "@/lib/api/operation";
import { eventStream } from "@/lib/api/respond";
import { openUserStream } from "./open-stream";
import { streamQuerySchema } from "./schemas";

export const openStreamOperation = defineOperation({
  method: "GET",
  path: "/api/v1/stream",
  summary:
    "Server-Sent Events: `message` (its SSE id is the message seq), `read`, `unread` and `reset`. Reconnect with Last-Event-ID to receive exactly what was missed",
  tag: "Messages",
  access: "user",
  input: { query: streamQuerySchema },
  output: { status: 200, description: "A text/event-stream that stays open, with a heartbeat comment every 15 s." },
  errors: [401, 404, 422],
  handler: async ({ user, query, request, requestId }) => {
    // The client going away aborts request.signal (@hono/node-server does, on the socket's close): the stream ends.
    const stream = await openUserStream({
      user,
      conversationId: query.conversationId,
      after: query.after,
      lastEventId: request.headers.get("last-event-id"),
      signal: request.signal,
    });
    return eventStream(stream, requestId);
  },
});
