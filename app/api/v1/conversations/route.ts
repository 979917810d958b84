import { apiRoute } from "@/lib/api/route";
import { listConversations } from "@/lib/chat/list-conversations";
import { listConversationsQuerySchema } from "@/lib/chat/schemas";

export const GET = apiRoute({ access: "user", query: listConversationsQuerySchema }, async ({ user, query }) =>
  listConversations({ user, cursor: query.cursor, limit: query.limit }),
);
