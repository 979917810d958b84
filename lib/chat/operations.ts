import type { Operation } from "@/lib/api-operation";
import { streamQuerySchema } from "./schemas";

export const CHAT_OPERATIONS: Operation[] = [
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
