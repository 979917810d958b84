import { apiRoute } from "@/lib/api/route";
import { openUserStream } from "@/lib/chat/open-stream";
import { streamQuerySchema } from "@/lib/chat/schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "user", query: streamQuerySchema }, async ({ user, query, request, requestId }) => {
  const stream = await openUserStream({
    user,
    conversationId: query.conversationId,
    after: query.after,
    lastEventId: request.headers.get("last-event-id"),
    signal: request.signal,
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
      "x-request-id": requestId,
    },
  });
});
