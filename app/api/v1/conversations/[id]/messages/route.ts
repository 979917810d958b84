import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { getMessagePage } from "@/lib/chat/get-message-page";
import { postMessage } from "@/lib/chat/post-message";
import { listMessagesQuerySchema, postMessageSchema } from "@/lib/chat/schemas";
import { json } from "@/lib/api/respond";

export const GET = apiRoute({ access: "user", query: listMessagesQuerySchema }, async ({ user, params, query }) =>
  getMessagePage({ user, conversationId: params.id, before: query.before, limit: query.limit }),
);

// 201 for a new message, 200 for a retry that found the message already stored.
export const POST = apiRoute({ access: "user", body: postMessageSchema }, async ({ user, params, body, requestId }) => {
  const posted = await postMessage({ user, conversationId: params.id, input: body, now: now() });
  return json(posted, requestId, { status: posted.isDuplicate ? 200 : 201 });
});
