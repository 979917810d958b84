import { apiRoute } from "@/lib/api/route";
import { listConversations } from "@/lib/chat/list-conversations";

export const GET = apiRoute({ access: "user" }, async ({ user }) => listConversations({ user }));
