import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { markConversationRead } from "@/lib/chat/mark-read";
import { markReadSchema } from "@/lib/chat/schemas";

export const POST = apiRoute({ access: "user", body: markReadSchema }, async ({ user, params, body }) =>
  markConversationRead({ user, conversationId: params.id, upToSeq: body.upToSeq, now: now() }),
);
